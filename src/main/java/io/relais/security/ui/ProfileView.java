package io.relais.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.relais.platform.CurrentUser;
import io.relais.platform.UserFacingException;
import io.relais.platform.i18n.RelaisI18NProvider;
import io.relais.platform.ui.Toasts;
import io.relais.security.AccountPreferences;
import io.relais.security.AccountService;
import io.relais.security.ApiTokenService;
import io.relais.security.ColorScheme;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** The signed-in person's own settings: language, colours, password and API tokens. */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

    public ProfileView(AccountService accounts, ApiTokenService apiTokens, CurrentUser currentUser) {
        this.accounts = accounts;
        addClassName("relais-page");
        AccountPreferences preferences = accounts.myPreferences();

        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("shell.language"));
        language.setItems(RelaisI18NProvider.LOCALES);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(preferences.locale() == null ? RelaisI18NProvider.supported(getLocale()) : preferences.locale());
        language.setId("profile-language");

        RadioButtonGroup<ColorScheme> scheme = new RadioButtonGroup<>(getTranslation("shell.color-scheme"));
        scheme.setItems(ColorScheme.values());
        scheme.setItemLabelGenerator(option -> getTranslation("shell.color-scheme." + option.name().toLowerCase(Locale.ROOT)));
        scheme.setValue(preferences.colorScheme());

        Button savePreferences = new Button(getTranslation("action.save"), click -> {
            accounts.updateMyPreferences(language.getValue(), scheme.getValue());
            UI.getCurrent().getSession().setLocale(language.getValue());
            UI.getCurrent().getPage().reload();
        });
        savePreferences.setId("profile-save-preferences");

        PasswordField current = new PasswordField(getTranslation("profile.current-password"));
        PasswordField fresh = new PasswordField(getTranslation("profile.new-password"));
        PasswordField repeat = new PasswordField(getTranslation("profile.repeat-password"));
        Button changePassword = new Button(getTranslation("profile.change-password"));
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.setDisableOnClick(true);
        changePassword.addClickListener(click -> {
            try {
                current.setInvalid(false);
                fresh.setInvalid(false);
                repeat.setInvalid(false);
                if (!fresh.getValue().equals(repeat.getValue())) {
                    repeat.setErrorMessage(getTranslation("profile.passwords-differ"));
                    repeat.setInvalid(true);
                    return;
                }
                accounts.changeOwnPassword(current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                repeat.clear();
                Toasts.success("profile.password-changed");
            } catch (UserFacingException refusal) {
                PasswordField field = "currentPassword".equals(refusal.field()) ? current : fresh;
                field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                field.setInvalid(true);
            } finally {
                changePassword.setEnabled(true);
            }
        });

        FormLayout passwordForm = new FormLayout(current, fresh, repeat);
        add(new H3(getTranslation("profile.preferences")), language, scheme, savePreferences,
                new H3(getTranslation("profile.password")), passwordForm, changePassword,
                new ApiTokensPanel(apiTokens));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.profile");
    }
}
