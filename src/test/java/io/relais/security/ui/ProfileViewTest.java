package io.relais.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.security.AccountService;
import io.relais.security.ColorScheme;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

/** A person's own settings, as a fresh account so its password and preferences may change. */
@RelaisSpringTest
class ProfileViewTest extends SpringBrowserlessTest {

    private static final String USER = "paul.profilecheck@example.test";

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeAll
    static void createUser(@Autowired PersonService people, @Autowired AccountService accounts) {
        TestData.personWithAccount(people, accounts, "Paul", "Profilecheck", List.of(Roles.EMPLOYEE));
    }

    @AfterEach
    void backToDefaults() {
        accounts.updateMyPreferences(null, ColorScheme.SYSTEM);
    }

    @Test
    @WithUserDetails(USER)
    void wrongCurrentPasswordIsRefusedOnItsField() {
        navigate(ProfileView.class);
        changePassword("not-my-password", "a-brand-new-password", "a-brand-new-password");

        PasswordField current = password("profile.current-password");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo(t("security.error.current-password-wrong"));
        assertThat(password("profile.new-password").isInvalid()).isFalse();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, hash())).as("unchanged").isTrue();
        assertThat($(Button.class).withText(t("profile.change-password")).single().isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails(USER)
    void differentRepetitionAndShortPasswordsAreRefusedOnTheirFields() {
        navigate(ProfileView.class);
        changePassword(TestData.PASSWORD, "a-brand-new-password", "a-different-password");
        assertThat(password("profile.repeat-password").getErrorMessage()).isEqualTo(t("profile.passwords-differ"));
        assertThat(password("profile.repeat-password").isInvalid()).isTrue();

        changePassword(TestData.PASSWORD, "short", "short");
        assertThat(password("profile.new-password").getErrorMessage())
                .isEqualTo(t("security.error.password-too-short", 10));
        assertThat(password("profile.repeat-password").isInvalid()).as("the earlier mark is cleared").isFalse();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, hash())).as("unchanged").isTrue();
    }

    @Test
    @WithUserDetails(USER)
    void changesThePassword() {
        navigate(ProfileView.class);
        changePassword(TestData.PASSWORD, "a-brand-new-password", "a-brand-new-password");

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("profile.password-changed"));
        assertThat(password("profile.current-password").getValue()).isEmpty();
        assertThat(passwordEncoder.matches("a-brand-new-password", hash())).isTrue();

        changePassword("a-brand-new-password", TestData.PASSWORD, TestData.PASSWORD);
        assertThat(passwordEncoder.matches(TestData.PASSWORD, hash())).isTrue();
    }

    @Test
    @WithUserDetails(USER)
    void savesLanguageAndColourScheme() {
        navigate(ProfileView.class);
        test(radio("shell.language")).selectItem("français");
        test(radio("shell.color-scheme")).selectItem(t("shell.color-scheme.dark"));
        test($(Button.class).id("profile-save-preferences")).click();

        assertThat(accounts.myPreferences().locale()).isEqualTo(Locale.FRENCH);
        assertThat(accounts.myPreferences().colorScheme()).isEqualTo(ColorScheme.DARK);
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("the reloaded page speaks French").isEqualTo("fr");
        navigate(ProfileView.class);
        assertThat(radio("shell.language").getValue()).isEqualTo(Locale.FRENCH);
        assertThat(radio("shell.color-scheme").getValue()).isEqualTo(ColorScheme.DARK);
    }

    private void changePassword(String current, String fresh, String repeat) {
        test(password("profile.current-password")).setValue(current);
        test(password("profile.new-password")).setValue(fresh);
        test(password("profile.repeat-password")).setValue(repeat);
        test($(Button.class).withText(t("profile.change-password")).single()).click();
    }

    private PasswordField password(String labelKey) {
        return $(PasswordField.class).withLabel(t(labelKey)).single();
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radio(String labelKey) {
        return $(RadioButtonGroup.class).withLabel(t(labelKey)).single();
    }

    private String hash() {
        return userDetails.loadUserByUsername(USER).getPassword();
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
