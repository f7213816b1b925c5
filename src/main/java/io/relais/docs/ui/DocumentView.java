package io.relais.docs.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.relais.clients.ClientService;
import io.relais.clients.ProjectService;
import io.relais.docs.AttachmentService;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentService;
import io.relais.people.PersonService;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;

/**
 * One document as its reader may see it. The id decides which document; a missing or outdated
 * slug forwards to the right address so links never break.
 */
@Route("docs/:id([0-9]{1,18})/:slug?")
@PermitAll
public class DocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final PersonService people;
    private final AttachmentService attachments;
    private final DocumentSocialPanels social;
    private final ClientService clients;
    private final ProjectService projects;
    private DocumentDetails document;
    private Long focusCommentId;

    public DocumentView(DocumentService documents, PersonService people, AttachmentService attachments,
            DocumentSocialPanels social, ClientService clients, ProjectService projects) {
        this.documents = documents;
        this.people = people;
        this.attachments = attachments;
        this.social = social;
        this.clients = clients;
        this.projects = projects;
        addClassName("relais-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document = DocumentRoutes.load(documents, event);
        String slug = event.getRouteParameters().get("slug").orElse("");
        if (!slug.equals(document.slug())) {
            event.forwardTo(document.path().substring(1));
            return;
        }
        social.countView(document);
        focusCommentId = event.getLocation().getQueryParameters().getSingleParameter("comment")
                .filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).orElse(null);
        render();
    }

    private void render() {
        removeAll();
        H2 title = new H2(document.title());
        title.setId("doc-title");
        Span kind = badge(getTranslation("docs.kind." + document.kind()), "contrast");
        Span visibility = badge(getTranslation("docs.visibility." + document.visibility()), "");
        visibility.setId("doc-visibility");
        HorizontalLayout header = new HorizontalLayout(title, kind, visibility);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        if (document.canEdit()) {
            Button edit = new Button(getTranslation("docs.edit"), VaadinIcon.EDIT.create(),
                    click -> navigate("docs/" + document.id() + "/edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setId("doc-edit");
            header.add(edit);
        }
        Button history = new Button(getTranslation("docs.history"), VaadinIcon.CLOCK.create(),
                click -> navigate("docs/" + document.id() + "/history"));
        history.setId("doc-history");
        header.add(history);
        if (document.canManage()) {
            Button delete = new Button(getTranslation("docs.delete"), VaadinIcon.TRASH.create(), click -> delete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("doc-delete");
            header.add(delete);
        }
        Span meta = new Span(getTranslation("docs.meta", document.owner().fullName(), document.space().name(),
                Formats.dateTime(document.updatedAt(), ZoneId.systemDefault(), getLocale()), document.updatedBy().fullName()));
        meta.addClassName("relais-muted");
        meta.setId("doc-meta");
        HorizontalLayout tags = new HorizontalLayout();
        tags.setId("doc-tags");
        document.tags().forEach(tag -> tags.add(badge(tag, "pill")));
        add(header, meta, social.statsBar(document), tags, new ClientLinkPanel(documents, clients, projects, document),
                new KindFieldsPanel(document, id -> people.get(id).fullName()), body(),
                new AttachmentsPanel(attachments, document), social.comments(document, focusCommentId));
    }

    private Div body() {
        // the HTML is rendered and sanitized by the service; Html needs exactly one root element
        Div body = new Div(new Html("<div class=\"relais-markdown\">" + document.html() + "</div>"));
        body.setId("doc-body");
        body.setWidthFull();
        return body;
    }

    private void delete() {
        documents.delete(document.id());
        Toasts.success("docs.deleted");
        navigate("docs");
    }

    private void navigate(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    @Override
    public String getPageTitle() {
        return document == null ? getTranslation("menu.docs") : document.title();
    }

}
