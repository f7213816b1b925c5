package io.relais.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.security.AccountService;
import io.relais.security.AccountSummary;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

/** ADMIN manages accounts: roles, enabling, password resets, and sees refusals translated. */
@RelaisSpringTest
class AccountsViewTest extends SpringBrowserlessTest {

    private static final String ADMIN = "julien.mercier@canopee.fr";

    @Autowired
    PersonService people;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails(ADMIN)
    void changesTheRolesOfAnAccount() {
        String username = freshAccount("Rolf");
        openAccount(username);

        test(roles()).selectItem(t("role.hr"));
        test($(Button.class).id("account-save-roles")).click();

        assertThat(account(username).roles()).containsExactlyInAnyOrder(Roles.EMPLOYEE, Roles.HR);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("accounts.saved"));
        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(test(grid()).getCellText(0, 2)).isEqualTo(t("role.employee") + ", " + t("role.hr"));
    }

    @Test
    @WithUserDetails(ADMIN)
    void disablesAndEnablesAnAccount() {
        String username = freshAccount("Dora");
        openAccount(username);
        test($(Button.class).id("account-toggle")).click();
        assertThat(account(username).enabled()).isFalse();
        assertThat(userDetails.loadUserByUsername(username).isEnabled()).isFalse();
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo(t("accounts.disabled"));

        test(grid()).clickRow(0);
        Button toggle = $(Button.class).id("account-toggle");
        assertThat(toggle.getText()).isEqualTo(t("accounts.enable"));
        test(toggle).click();
        assertThat(account(username).enabled()).isTrue();
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo(t("accounts.enabled"));
    }

    @Test
    @WithUserDetails(ADMIN)
    void resetPasswordShowsTheNewPasswordOnce() {
        String username = freshAccount("Pia");
        openAccount(username);

        test($(Button.class).withText(t("accounts.reset-password")).single()).click();

        String shown = $(Paragraph.class, $(Dialog.class).single()).single().getText();
        String[] around = t("accounts.new-password", "\u0000").split("\u0000");
        var matcher = Pattern.compile(Pattern.quote(around[0]) + "(\\S+)" + Pattern.quote(around[1])).matcher(shown);
        assertThat(matcher.matches()).as(shown).isTrue();
        String hash = userDetails.loadUserByUsername(username).getPassword();
        assertThat(passwordEncoder.matches(matcher.group(1), hash)).as("the shown password is the new one").isTrue();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, hash)).as("the old one is gone").isFalse();
        test($(Button.class).withText(t("action.close")).single()).click();
        assertThat($(Dialog.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(ADMIN)
    void accountCanBeEditedRightAfterAPasswordReset() {
        String username = freshAccount("Remy");
        openAccount(username);
        test($(Button.class).withText(t("accounts.reset-password")).single()).click();
        test($(Button.class).withText(t("action.close")).single()).click();

        test(grid()).clickRow(0);
        test(roles()).selectItem(t("role.leadership"));
        test($(Button.class).id("account-save-roles")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("accounts.saved"));
        assertThat(account(username).roles()).containsExactlyInAnyOrder(Roles.EMPLOYEE, Roles.LEADERSHIP);
    }

    @Test
    @WithUserDetails(ADMIN)
    void removingEveryRoleIsRefusedWithATranslatedMessage() {
        String username = freshAccount("Nils");
        openAccount(username);

        test(roles()).deselectAll();
        test($(Button.class).id("account-save-roles")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("security.error.roles-required"));
        assertThat($(Dialog.class).single().isOpened()).as("the dialog stays open").isTrue();
        assertThat(account(username).roles()).containsExactly(Roles.EMPLOYEE);
    }

    @Test
    @WithUserDetails(ADMIN)
    void disablingOnesOwnAccountIsRefused() {
        navigate(AccountsView.class);
        test($(TextField.class).withPlaceholder(t("accounts.search")).single()).setValue(ADMIN);
        test(grid()).clickRow(0);
        test($(Button.class).id("account-toggle")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("security.error.cannot-disable-self"));
        assertThat(account(ADMIN).enabled()).isTrue();
    }

    private String freshAccount(String firstName) {
        String lastName = TestData.uniqueName();
        long id = TestData.person(people, firstName, lastName);
        TestData.account(accounts, id, List.of(Roles.EMPLOYEE));
        return TestData.emailOf(firstName, lastName);
    }

    private void openAccount(String username) {
        navigate(AccountsView.class);
        test($(TextField.class).withPlaceholder(t("accounts.search")).single()).setValue(username);
        assertThat(test(grid()).size()).isEqualTo(1);
        test(grid()).clickRow(0);
        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo(account(username).displayName());
    }

    private AccountSummary account(String username) {
        return accounts.page(username, 0, 10).stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<String> roles() {
        return $(CheckboxGroup.class).id("account-roles");
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountSummary> grid() {
        return $(Grid.class).id("accounts-grid");
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
