package io.relais.docs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import io.relais.RelaisSpringTest;
import io.relais.docs.As;
import io.relais.docs.AttachmentService;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.SampleFiles;
import io.relais.docs.Visibility;
import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The attachments of a document page: upload, links, refusals and removal, as an editor and a reader. */
@RelaisSpringTest
class AttachmentsPanelTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    AttachmentService attachments;
    @Autowired
    UserDetailsService users;

    private DocumentDetails lucasDocument() {
        return new As(users).user("lucas.bernard", () -> {
            long tech = documents.spaces().stream().filter(s -> s.name().equals("Tech & Data")).findFirst().orElseThrow().id();
            return documents.create(DocumentKind.ARTICLE, new DocumentForm(tech, "Pièces " + UUID.randomUUID().toString().substring(0, 8),
                    "x", "fr", Visibility.COMPANY, Set.of(), Set.of(), null, KindFields.EMPTY));
        });
    }

    private AttachmentsPanel open(DocumentDetails document) {
        navigate(document.path().substring(1), DocumentView.class);
        return $(AttachmentsPanel.class).single();
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void anEditorAttachesAFileSeesItsLinkAndRemovesIt() {
        AttachmentsPanel panel = open(lucasDocument());
        assertThat($(Upload.class).single().getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(panel.getElement().getTextRecursively()).contains(t("attachments.none"));

        panel.receive("Compte rendu.pdf", new ByteArrayInputStream(SampleFiles.pdf("compte rendu"))).execute();

        Anchor link = $(Anchor.class).withText("Compte rendu.pdf").single();
        assertThat(link.getHref()).matches("/attachments/[0-9]+");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("attachments.added", "Compte rendu.pdf"));

        test($(Button.class).withClassName("doc-attachment-remove").single()).click();

        assertThat($(Anchor.class).withText("Compte rendu.pdf").all()).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("attachments.removed", "Compte rendu.pdf"));
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void aRefusedFileIsExplainedAndNothingIsListed() {
        AttachmentsPanel panel = open(lucasDocument());

        panel.receive("logo.svg", new ByteArrayInputStream(SampleFiles.svgWithScript())).execute();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("attachments.error.type-not-allowed",
                String.join(", ", attachments.acceptedExtensions())));
        assertThat($(Anchor.class).withText("logo.svg").all()).isEmpty();
    }

    @Test
    @WithUserDetails("ines.haddad@canopee.fr")
    void aReaderDownloadsButNeitherUploadsNorRemoves() {
        DocumentDetails document = lucasDocument();
        new As(users).run("lucas.bernard", () -> attachments.upload(document.id(), "lisez-moi.txt",
                new ByteArrayInputStream(SampleFiles.text("bonjour"))));

        open(document);

        assertThat($(Anchor.class).withText("lisez-moi.txt").single().getHref()).startsWith("/attachments/");
        assertThat($(Upload.class).all()).isEmpty();
        assertThat($(Button.class).withClassName("doc-attachment-remove").all()).isEmpty();
    }
}
