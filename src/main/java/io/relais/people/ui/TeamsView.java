package io.relais.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.CurrentUser;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import jakarta.annotation.security.PermitAll;

/** The teams of the company with their size; HR and ADMIN create new ones. */
@Route("teams")
@Menu(order = 11, title = "menu.teams", icon = "vaadin:group")
@PermitAll
public class TeamsView extends VerticalLayout implements HasDynamicTitle {

    private final PersonService people;
    private final Grid<TeamSummary> grid = new Grid<>(TeamSummary.class, false);

    public TeamsView(PersonService people, CurrentUser currentUser) {
        this.people = people;
        addClassName("relais-page");
        setSizeFull();
        grid.addColumn(TeamSummary::name).setHeader(getTranslation("teams.name")).setAutoWidth(true);
        grid.addColumn(TeamSummary::description).setHeader(getTranslation("teams.description")).setFlexGrow(1);
        grid.addColumn(TeamSummary::memberCount).setHeader(getTranslation("teams.members")).setAutoWidth(true);
        grid.setId("teams-grid");
        grid.setItems(people.teams());
        if (currentUser.hasRole(Roles.HR) || currentUser.hasRole(Roles.ADMIN)) {
            Button create = new Button(getTranslation("teams.new"), VaadinIcon.PLUS.create(), click -> openCreateDialog());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-team");
            add(create);
        }
        add(grid);
        setFlexGrow(1, grid);
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("teams.new"));
        TextField name = new TextField(getTranslation("teams.name"));
        name.setWidthFull();
        name.setId("team-name");
        TextArea description = new TextArea(getTranslation("teams.description"));
        description.setWidthFull();
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.setId("team-save");
        save.addClickListener(click -> {
            try {
                people.createTeam(name.getValue(), description.getValue());
                grid.setItems(people.teams());
                Toasts.success("people.saved");
                dialog.close();
            } catch (UserFacingException refusal) {
                if ("name".equals(refusal.field())) {
                    name.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                    name.setInvalid(true);
                } else {
                    Toasts.error(refusal);
                }
            } finally {
                save.setEnabled(true);
            }
        });
        dialog.add(new VerticalLayout(name, description));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), cancel -> dialog.close()), save);
        dialog.setWidth("min(30rem, 100vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.teams");
    }
}
