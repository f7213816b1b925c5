package io.relais.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page; the form posts to Spring Security's {@code /login}. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("relais-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));

        H1 brand = new H1("Relais");
        brand.addClassName("relais-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("relais-muted");
        add(brand, tagline, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean throttled = parameters.containsKey("throttled");
        form.setI18n(i18n(throttled));
        form.setError(throttled || parameters.containsKey("error"));
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        error.setMessage(getTranslation(throttled ? "login.throttled.message" : "login.error.message"));
        error.setUsername(getTranslation("validation.required"));
        error.setPassword(getTranslation("validation.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Relais";
    }
}
