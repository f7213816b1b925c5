package io.relais.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.router.RouterLink;
import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.security.AccountService;
import io.relais.security.AccountSummary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A person's profile: facts, manager and reports links, HR's edit and deactivation, 404. */
@RelaisSpringTest
class PersonViewTest extends SpringBrowserlessTest {

    private static final String EMPLOYEE = "lucas.bernard@canopee.fr";
    private static final String HR = "sophie.laurent@canopee.fr";

    @Autowired
    PersonService people;

    @Autowired
    AccountService accounts;

    @Test
    @WithUserDetails(EMPLOYEE)
    void showsTheManagerAndTheReportsAsLinks() {
        String managerName = TestData.uniqueName();
        long manager = TestData.person(people, "Mona", managerName, "Tech & Data", null);
        String middleName = TestData.uniqueName();
        long middle = TestData.person(people, "Milo", middleName, "Tech & Data", manager);
        String reportName = TestData.uniqueName();
        long report = TestData.person(people, "Remi", reportName, "Tech & Data", middle);

        navigate(PersonView.class, middle);

        assertThat($(H2.class).id("person-name").getText()).isEqualTo("Milo " + middleName);
        assertThat($(Span.class).withText("Tech & Data").exists()).isTrue();
        RouterLink managerLink = $(RouterLink.class).withText("Mona " + managerName).single();
        RouterLink reportLink = $(RouterLink.class).withText("Remi " + reportName).single();
        assertThat(test(managerLink).getPath()).isEqualTo("people/" + manager);
        assertThat(test(reportLink).getPath()).isEqualTo("people/" + report);
        assertThat($(Button.class).withId("person-edit").exists()).as("employees do not edit").isFalse();
        assertThat($(Button.class).withId("person-deactivate").exists()).isFalse();

        test(managerLink).click();
        assertThat(getCurrentView()).isInstanceOfSatisfying(PersonView.class,
                view -> assertThat(view.person().id()).isEqualTo(manager));
        assertThat($(RouterLink.class).withText("Milo " + middleName).exists()).as("the manager lists the report")
                .isTrue();
    }

    @Test
    @WithUserDetails(HR)
    void hrEditsAProfile() {
        String lastName = TestData.uniqueName();
        long id = TestData.person(people, "Edith", lastName, "Contenu & Social", null);
        navigate(PersonView.class, id);

        test($(Button.class).id("person-edit")).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withLabel(t("people.job-title")).single()).setValue("Rédactrice en chef");
        test($(Button.class, dialog).id("person-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(people.get(id).jobTitle()).isEqualTo("Rédactrice en chef");
        assertThat($(Span.class).withText("Rédactrice en chef").exists()).as("the page shows the saved profile").isTrue();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("people.saved"));

        test($(Button.class).id("person-edit")).click();
        Dialog again = $(Dialog.class).single();
        test($(TextField.class, again).withLabel(t("people.job-title")).single()).setValue("Directrice éditoriale");
        test($(Button.class, again).id("person-save")).click();
        assertThat(people.get(id).jobTitle()).as("a second edit starts from the saved version")
                .isEqualTo("Directrice éditoriale");
    }

    @Test
    @WithUserDetails(HR)
    void hrDeactivatesAPersonWhoThenShowsAsLeftAndCannotSignIn() {
        String lastName = TestData.uniqueName();
        long id = TestData.person(people, "Leo", lastName, "Acquisition SEO/SEA", null);
        TestData.account(accounts, id, List.of(Roles.EMPLOYEE));
        navigate(PersonView.class, id);
        assertThat($(Span.class).withText(t("people.inactive")).exists()).isFalse();

        test($(Button.class).id("person-deactivate")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo(t("people.deactivate.confirm.title", "Leo " + lastName));
        test(confirm).confirm();

        Span badge = $(Span.class).withText(t("people.inactive")).single();
        assertThat(badge.getElement().getThemeList()).contains("badge", "error");
        assertThat(people.get(id).active()).isFalse();
        assertThat($(Button.class).withId("person-deactivate").exists()).isFalse();
        assertThat($(Button.class).withText(t("people.reactivate")).exists()).isTrue();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("people.deactivated", "Leo " + lastName));
        List<AccountSummary> account = SystemTask.runAs(List.of(Roles.ADMIN),
                () -> accounts.page(TestData.emailOf("Leo", lastName), 0, 10));
        assertThat(account).singleElement().extracting(AccountSummary::enabled).isEqualTo(false);
    }

    @Test
    @WithUserDetails(EMPLOYEE)
    void unknownPersonIsNotFound() {
        UI.getCurrent().navigate(PersonView.class, Long.MAX_VALUE);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
        assertThat($(PersonView.class).exists()).isFalse();

        UI.getCurrent().navigate("people/not-a-number");
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
