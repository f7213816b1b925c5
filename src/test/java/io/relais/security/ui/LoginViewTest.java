package io.relais.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import io.relais.RelaisSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The sign-in page: translated form posting to Spring Security, errors from the query string. */
@RelaisSpringTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void showsTheTranslatedFormPostingToLogin() {
        navigate(LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(i18n(form)).contains(t("login.title"), t("login.username"), t("login.password"), t("login.submit"));
        assertThat(((LoginView) getCurrentView()).getPageTitle()).startsWith(t("login.title"));
    }

    @Test
    void wrongPasswordShowsTheError() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains(t("login.error.title"));
    }

    @Test
    void throttlingShowsItsOwnError() {
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains(t("login.throttled.title")).doesNotContain(t("login.error.title"));
    }

    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
