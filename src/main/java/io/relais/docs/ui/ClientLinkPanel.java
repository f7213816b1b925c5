package io.relais.docs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.relais.clients.ClientFilter;
import io.relais.clients.ClientLink;
import io.relais.clients.ClientService;
import io.relais.clients.ClientSummary;
import io.relais.clients.ProjectService;
import io.relais.clients.ProjectSummary;
import io.relais.clients.TaskPaths;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentService;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import java.util.List;
import java.util.Optional;

/**
 * The client (and project) a document is about, linking to their pages; whoever may edit the
 * document links it to a client here, so it shows on the client's and project's pages.
 */
class ClientLinkPanel extends HorizontalLayout {

    private final DocumentService documents;
    private final ClientService clients;
    private final ProjectService projects;
    private final DocumentDetails document;

    ClientLinkPanel(DocumentService documents, ClientService clients, ProjectService projects, DocumentDetails document) {
        this.documents = documents;
        this.clients = clients;
        this.projects = projects;
        this.document = document;
        setId("doc-client-link");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        show(documents.clientLink(document.id()));
    }

    private void show(Optional<ClientLink> link) {
        removeAll();
        link.ifPresent(l -> {
            add(new Span(getTranslation("docs.client-link.client")), new Anchor(TaskPaths.client(l.clientId()).substring(1), l.clientName()));
            if (l.projectId() != null) {
                add(new Span("·"), new Anchor(TaskPaths.project(l.projectId()).substring(1), l.projectName()));
            }
        });
        if (document.canEdit()) {
            Button edit = new Button(getTranslation(link.isPresent() ? "docs.client-link.change" : "docs.client-link.add"),
                    VaadinIcon.BRIEFCASE.create(), click -> openDialog(link));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setId("doc-client-link-edit");
            add(edit);
        }
    }

    private void openDialog(Optional<ClientLink> current) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("docs.client-link.title"));
        ComboBox<ClientSummary> client = new ComboBox<>(getTranslation("docs.client-link.client"));
        client.setItems(query -> clients.page(new ClientFilter(query.getFilter().orElse(null), null, null, null),
                query.getOffset(), query.getLimit()).stream());
        client.setItemLabelGenerator(ClientSummary::name);
        client.setClearButtonVisible(true);
        client.setWidthFull();
        client.setId("doc-link-client");
        ComboBox<ProjectSummary> project = new ComboBox<>(getTranslation("docs.client-link.project"));
        project.setItemLabelGenerator(ProjectSummary::name);
        project.setClearButtonVisible(true);
        project.setWidthFull();
        project.setId("doc-link-project");
        client.addValueChangeListener(change -> {
            project.clear();
            project.setItems(change.getValue() == null ? List.of() : projects.ofClient(change.getValue().id()));
        });
        current.ifPresent(l -> {
            client.setValue(new ClientSummary(l.clientId(), l.clientName(), null, null, null, 0));
            project.getListDataView().getItems().filter(p -> l.projectId() != null && p.id() == l.projectId())
                    .findFirst().ifPresent(project::setValue);
        });
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                show(documents.linkToClient(document.id(), client.getValue() == null ? null : client.getValue().id(),
                        project.getValue() == null ? null : project.getValue().id()));
                Toasts.success("docs.client-link.saved");
                dialog.close();
            } catch (UserFacingException refusal) {
                Toasts.error(refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("doc-link-save");
        dialog.add(new VerticalLayout(client, project));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
