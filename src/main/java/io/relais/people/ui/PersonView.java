package io.relais.people.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.relais.people.PersonDetails;
import io.relais.people.PersonRef;
import io.relais.people.PersonService;
import io.relais.platform.CurrentUser;
import io.relais.platform.Roles;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/** A person's profile: who they are, their team, manager and reports, and their local time. */
@Route("people")
@PermitAll
public class PersonView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private PersonDetails person;

    public PersonView(PersonService people, CurrentUser currentUser, Clock clock) {
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("relais-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            person = people.get(id);
        } catch (io.relais.platform.NotFoundException missing) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        Avatar avatar = new Avatar(person.fullName());
        avatar.setAbbreviation(person.initials());
        avatar.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        H2 name = new H2(person.fullName());
        name.setId("person-name");
        name.getStyle().set("margin", "0");
        Span title = new Span(person.jobTitle() == null ? "" : person.jobTitle());
        title.addClassName("relais-muted");
        Div heading = new Div(name, title);
        HorizontalLayout header = new HorizontalLayout(avatar, heading);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header);
        if (!person.active()) {
            Span inactive = new Span(getTranslation("people.inactive"));
            inactive.getElement().getThemeList().add("badge error");
            add(inactive);
        }

        DescriptionList facts = new DescriptionList();
        fact(facts, "people.email", new Anchor("mailto:" + person.email(), person.email()));
        fact(facts, "people.team", new Span(person.teamName() == null ? "—" : person.teamName()));
        fact(facts, "people.manager", person.manager() == null ? new Span("—") : link(person.manager()));
        fact(facts, "people.start-date", new Span(Formats.longDate(person.startDate(), getLocale())));
        fact(facts, "people.location", new Span(person.location() == null ? "—" : person.location()));
        fact(facts, "people.local-time", new Span(getTranslation("people.local-time.value",
                Formats.time(clock.instant(), person.timeZone(), getLocale()), person.timeZone().getId())));
        if (!person.reports().isEmpty()) {
            Div reports = new Div();
            person.reports().forEach(report -> reports.add(new Div(link(report))));
            fact(facts, "people.reports", reports);
        }
        add(facts);

        if (currentUser.hasRole(Roles.HR) || currentUser.hasRole(Roles.ADMIN)) {
            add(actions());
        }
    }

    private HorizontalLayout actions() {
        Button edit = new Button(getTranslation("people.edit"),
                click -> new PersonEditorDialog(people, person, id -> reload()).open());
        edit.setId("person-edit");
        HorizontalLayout actions = new HorizontalLayout(edit);
        if (person.active()) {
            Button deactivate = new Button(getTranslation("people.deactivate"), click -> confirmDeactivation());
            deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            deactivate.setId("person-deactivate");
            actions.add(deactivate);
        } else {
            Button reactivate = new Button(getTranslation("people.reactivate"), click -> {
                people.reactivate(person.id());
                reload();
            });
            actions.add(reactivate);
        }
        return actions;
    }

    private void confirmDeactivation() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("people.deactivate.confirm.title", person.fullName()));
        confirm.setText(getTranslation("people.deactivate.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("people.deactivate"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            people.deactivate(person.id());
            Toasts.success("people.deactivated", person.fullName());
            reload();
        });
        confirm.open();
    }

    private void reload() {
        person = people.get(person.id());
        render();
    }

    private RouterLink link(PersonRef ref) {
        return new RouterLink(ref.fullName(), PersonView.class, ref.id());
    }

    private void fact(DescriptionList list, String key, com.vaadin.flow.component.Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    PersonDetails person() {
        return person;
    }

    @Override
    public String getPageTitle() {
        return person == null ? getTranslation("menu.people") : person.fullName();
    }
}
