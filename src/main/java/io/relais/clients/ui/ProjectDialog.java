package io.relais.clients.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.clients.ProjectDetails;
import io.relais.clients.ProjectForm;
import io.relais.clients.ProjectService;
import io.relais.clients.ProjectStatus;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** Creates a project for a client, or edits one. */
class ProjectDialog extends FormDialog {

    ProjectDialog(ProjectService projects, PersonService people, long clientId, ProjectDetails existing,
            LongConsumer onSaved) {
        super(existing == null ? "projects.new" : "projects.edit");
        TextField name = field("name", new TextField(), "projects.name");
        name.setId("project-name");
        ComboBox<PersonSummary> owner = field("owner", Ui.personPicker(people), "projects.owner");
        owner.setId("project-owner");
        MultiSelectComboBox<PersonSummary> members = field("members", new MultiSelectComboBox<>(), "projects.team");
        members.setItems(people.activePeople());
        members.setItemLabelGenerator(PersonSummary::fullName);
        ComboBox<ProjectStatus> status = field("status", new ComboBox<>(), "projects.status");
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("projects.status." + s));
        status.setValue(ProjectStatus.PLANNED);
        DatePicker start = field("startDate", new DatePicker(), "projects.start-date");
        DatePicker end = field("endDate", new DatePicker(), "projects.end-date");
        end.setId("project-end");
        BigDecimalField budget = field("budgetDays", new BigDecimalField(), "projects.budget-days");
        budget.setId("project-budget");
        TextArea description = field("description", new TextArea(), "projects.description");
        description.setHelperText(getTranslation("clients.markdown-help"));
        form.setColspan(description, 2);
        if (existing != null) {
            ProjectForm f = existing.toForm();
            name.setValue(f.name());
            Ui.select(owner, f.ownerId());
            members.setValue(members.getListDataView().getItems().filter(p -> f.memberIds().contains(p.id()))
                    .collect(Collectors.toSet()));
            status.setValue(f.status());
            start.setValue(f.startDate());
            end.setValue(f.endDate());
            budget.setValue(f.budgetDays());
            description.setValue(f.description() == null ? "" : f.description());
        }
        saveButton("project-save", () -> {
            Set<Long> team = members.getValue().stream().map(PersonSummary::id).collect(Collectors.toSet());
            ProjectForm form = new ProjectForm(clientId, name.getValue(), description.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(), team, start.getValue(), end.getValue(),
                    status.getValue(), budget.getValue());
            long id = existing == null ? projects.create(form) : projects.update(existing.id(), existing.version(), form).id();
            onSaved.accept(id);
        });
    }
}
