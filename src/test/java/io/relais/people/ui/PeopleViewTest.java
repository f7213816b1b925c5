package io.relais.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.people.PersonDetails;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.people.TeamSummary;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The directory: lazy grid, search, team filter, people who left, and HR creating a person. */
@RelaisSpringTest
class PeopleViewTest extends SpringBrowserlessTest {

    static final String EMPLOYEE = "lucas.bernard@canopee.fr";
    static final String HR = "sophie.laurent@canopee.fr";
    static final String LEADERSHIP = "claire.fontaine@canopee.fr";
    static final String ADMIN = "julien.mercier@canopee.fr";

    @Autowired
    PersonService people;

    @Test
    @WithUserDetails(EMPLOYEE)
    void searchFindsPeopleByNameOrEmail() {
        navigate(PeopleView.class);
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(50);

        search("Fontaine");
        assertThat(rows()).extracting(PersonSummary::fullName).contains("Claire Fontaine", "Justine Fontaine-Roy")
                .allMatch(name -> name.toLowerCase(Locale.ROOT).contains("fontaine"));

        search("claire.fontaine@canopee");
        assertThat(rows()).extracting(PersonSummary::fullName).containsExactly("Claire Fontaine");

        search("Fontaine Claire");
        assertThat(rows()).extracting(PersonSummary::fullName).containsExactly("Claire Fontaine");

        search("%");
        assertThat(rows()).as("a typed wildcard is a character, not 'everybody'").isEmpty();

        search("");
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    @WithUserDetails(EMPLOYEE)
    void teamFilterKeepsOnlyThatTeamsActivePeople() {
        navigate(PeopleView.class);
        TeamSummary tech = people.teams().stream().filter(team -> team.name().equals("Tech & Data")).findFirst()
                .orElseThrow();

        test(teamFilter()).selectItem("Tech & Data");
        assertThat(rows()).hasSize((int) tech.memberCount()).allMatch(row -> "Tech & Data".equals(row.teamName()))
                .extracting(PersonSummary::fullName).contains("Lucas Bernard", "Julien Mercier");

        search("Bernard");
        assertThat(rows()).extracting(PersonSummary::fullName).containsExactly("Lucas Bernard");

        teamFilter().clear();
        search("");
        assertThat(rows()).hasSizeGreaterThan((int) tech.memberCount());
    }

    @Test
    @WithUserDetails(EMPLOYEE)
    void peopleWhoLeftAreListedOnlyOnRequest() {
        String lastName = TestData.uniqueName();
        long id = TestData.person(people, "Gone", lastName, "Tech & Data", null);
        SystemTask.runAs(List.of(Roles.HR), () -> {
            people.deactivate(id);
            return null;
        });
        navigate(PeopleView.class);

        search(lastName);
        assertThat(rows()).isEmpty();

        test($(Checkbox.class).withLabel(t("people.include-inactive")).single()).click();
        assertThat(rows()).extracting(PersonSummary::id, PersonSummary::active).containsExactly(
                org.assertj.core.groups.Tuple.tuple(id, false));
    }

    @Test
    @WithUserDetails(EMPLOYEE)
    void clickingARowOpensTheProfile() {
        navigate(PeopleView.class);
        search("claire.fontaine@canopee.fr");
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOfSatisfying(PersonView.class,
                view -> assertThat(view.person().fullName()).isEqualTo("Claire Fontaine"));
    }

    @Test
    @WithUserDetails(EMPLOYEE)
    void employeeCannotCreatePeople() {
        navigate(PeopleView.class);
        assertThat($(Button.class).withId("new-person").exists()).isFalse();
    }

    @Test
    @WithUserDetails(LEADERSHIP)
    void leadershipCannotCreatePeople() {
        navigate(PeopleView.class);
        assertThat($(Button.class).withId("new-person").exists()).isFalse();
    }

    @Test
    @WithUserDetails(ADMIN)
    void adminMayCreatePeople() {
        navigate(PeopleView.class);
        assertThat($(Button.class).withId("new-person").exists()).isTrue();
    }

    @Test
    @WithUserDetails(HR)
    void hrCreatesAPersonThroughTheDialog() {
        navigate(PeopleView.class);
        test($(Button.class).id("new-person")).click();
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo(t("people.new"));

        String lastName = TestData.uniqueName();
        String email = TestData.emailOf("Noémie", lastName);
        test($(TextField.class, dialog).id("person-first-name")).setValue("Noémie");
        test($(TextField.class, dialog).id("person-last-name")).setValue(lastName);
        test($(EmailField.class, dialog).id("person-email")).setValue(email);
        test($(TextField.class, dialog).withLabel(t("people.job-title")).single()).setValue("Designer UX/UI");
        test(combo(dialog, "people.team")).selectItem("Création & Design");
        test(combo(dialog, "people.manager")).selectItem("Léa Morel");
        test($(DatePicker.class, dialog).id("person-start-date")).setValue(LocalDate.now());
        test($(TextField.class, dialog).withLabel(t("people.location")).single()).setValue("Lyon");
        test($(Button.class, dialog).id("person-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("people.saved"));
        PersonDetails created = people.get(people.findByEmail(email).orElseThrow().id());
        assertThat(created.fullName()).isEqualTo("Noémie " + lastName);
        assertThat(created.teamName()).isEqualTo("Création & Design");
        assertThat(created.manager().fullName()).isEqualTo("Léa Morel");
        assertThat(created.jobTitle()).isEqualTo("Designer UX/UI");
        assertThat(getCurrentView()).as("the new profile is shown").isInstanceOfSatisfying(PersonView.class,
                view -> assertThat(view.person().id()).isEqualTo(created.id()));
    }

    private void search(String text) {
        test($(TextField.class).id("people-search")).setValue(text);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<TeamSummary> teamFilter() {
        return $(ComboBox.class).withPlaceholder(t("people.all-teams")).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(Dialog dialog, String labelKey) {
        return $(ComboBox.class, dialog).withLabel(t(labelKey)).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<PersonSummary> grid() {
        return $(Grid.class).id("people-grid");
    }

    private List<PersonSummary> rows() {
        var grid = test(grid());
        List<PersonSummary> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        return rows;
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
