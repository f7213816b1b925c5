package io.relais.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme.Value;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.relais.platform.CurrentUser;
import io.relais.platform.i18n.RelaisI18NProvider;
import io.relais.security.AccountPreferences;
import io.relais.security.AccountService;
import io.relais.security.ColorScheme;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Applies a signed-in person's language and colour scheme to every new UI, before the first view
 * is built, so the whole page speaks their language. Visitors get their browser's language.
 */
@Component
class UserPreferencesApplier implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    UserPreferencesApplier(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            if (currentUser.get().isEmpty()) {
                ui.setLocale(RelaisI18NProvider.supported(ui.getLocale()));
                return;
            }
            AccountPreferences preferences;
            try {
                preferences = accounts.myPreferences();
            } catch (DataAccessResourceFailureException | CannotCreateTransactionException databaseAway) {
                // the page opened explains the outage (DatabaseUnavailablePage), in the browser's
                // language; the person's own settings come back with the database
                ui.setLocale(RelaisI18NProvider.supported(ui.getLocale()));
                return;
            }
            if (preferences.locale() != null) {
                ui.getSession().setLocale(preferences.locale());
                ui.setLocale(preferences.locale());
            } else {
                ui.setLocale(RelaisI18NProvider.supported(ui.getLocale()));
            }
            applyColorScheme(ui, preferences.colorScheme());
        });
    }

    static void applyColorScheme(UI ui, ColorScheme scheme) {
        ui.getPage().setColorScheme(switch (scheme) {
            case LIGHT -> Value.LIGHT;
            case DARK -> Value.DARK;
            case SYSTEM -> Value.LIGHT_DARK;
        });
    }
}
