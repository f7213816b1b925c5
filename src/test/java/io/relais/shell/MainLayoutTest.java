package io.relais.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.page.ColorScheme.Value;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.notifications.ui.NotificationBell;
import io.relais.people.PersonService;
import io.relais.people.ui.PeopleView;
import io.relais.platform.Roles;
import io.relais.security.AccountService;
import io.relais.security.ColorScheme;
import io.relais.security.ui.ProfileView;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The frame of every signed-in view, as a fresh HR account: the page title, the user menu with
 * language and colour switches (saved to the account) and the bell.
 */
@RelaisSpringTest
class MainLayoutTest extends SpringBrowserlessTest {

    private static final String USER = "mila.layoutcheck@example.test";
    private static final int USER_MENU = 0;
    private static final int PROFILE = 0;
    private static final int LANGUAGE = 1;
    private static final int COLOR_SCHEME = 2;

    @Autowired
    AccountService accounts;

    @BeforeAll
    static void createUser(@Autowired PersonService people, @Autowired AccountService accounts) {
        TestData.personWithAccount(people, accounts, "Mila", "Layoutcheck", List.of(Roles.HR, Roles.EMPLOYEE));
    }

    @AfterEach
    void backToDefaults() {
        accounts.updateMyPreferences(null, ColorScheme.SYSTEM);
    }

    @Test
    @WithUserDetails(USER)
    void showsThePageTitleTheUserAndTheBell() {
        navigate(PeopleView.class);
        assertThat($(H1.class).withText(UI.getCurrent().getTranslation("menu.people")).exists()).isTrue();
        MenuBar userMenu = $(MenuBar.class).id("user-menu");
        assertThat($(Span.class, userMenu).withText("Mila Layoutcheck").exists()).isTrue();
        assertThat($(Span.class, userMenu).withText(UI.getCurrent().getTranslation("role.hr")).exists()).isTrue();
        List<MenuItem> entries = userMenu.getItems().getFirst().getSubMenu().getItems();
        assertThat(entries).extracting(MenuItem::getText).containsExactly(t("shell.profile"), t("shell.language"),
                t("shell.color-scheme"), t("shell.logout"));
        assertThat(entries.get(LANGUAGE).getSubMenu().getItems()).extracting(MenuItem::getText)
                .containsExactly("Français", "English");
        assertThat(entries.get(COLOR_SCHEME).getSubMenu().getItems()).extracting(MenuItem::getText)
                .containsExactly(t("shell.color-scheme.system"), t("shell.color-scheme.light"),
                        t("shell.color-scheme.dark"));
        assertThat(entries.getLast().getId()).contains("logout");
        assertThat($(NotificationBell.class).exists()).isTrue();
        assertThat($(SideNav.class).id("main-navigation").getItems()).extracting(SideNavItem::getPath)
                .containsExactly("", "todos", "onboarding", "onboarding/dashboard", "people", "teams", "docs", "docs/insights",
                        "calendar", "admin/rituals", "clients", "tasks");
    }

    @Test
    @WithUserDetails(USER)
    void userMenuOpensTheProfile() {
        userMenu().clickItem(USER_MENU, PROFILE);
        assertThat(getCurrentView()).isInstanceOf(ProfileView.class);
    }

    @Test
    @WithUserDetails(USER)
    void switchingLanguageIsSavedAndTheReloadedPageSpeaksIt() {
        userMenu().clickItem(USER_MENU, LANGUAGE, 0);

        assertThat(accounts.myPreferences().locale()).isEqualTo(Locale.FRENCH);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        navigate(HomeView.class);
        assertThat($(SideNav.class).id("main-navigation").getItems()).extracting(SideNavItem::getLabel)
                .containsExactly("Accueil", "Mes tâches", "Mon intégration", "Suivi des intégrations", "Annuaire", "Équipes",
                        "Documents", "Lecture et popularité", "Calendrier", "Rituels", "Clients", "Tâches");

        userMenu().clickItem(USER_MENU, LANGUAGE, 1);
        assertThat(accounts.myPreferences().locale()).isEqualTo(Locale.ENGLISH);
        navigate(HomeView.class);
        assertThat($(SideNav.class).id("main-navigation").getItems()).extracting(SideNavItem::getLabel)
                .containsExactly("Home", "My to-dos", "My onboarding", "Onboarding dashboard", "People", "Teams", "Documents",
                        "Reading insights", "Calendar", "Rituals", "Clients", "Tasks");
    }

    @Test
    @WithUserDetails(USER)
    void switchingColourSchemeIsSavedAndApplied() {
        userMenu().clickItem(USER_MENU, COLOR_SCHEME, 2);
        assertThat(accounts.myPreferences().colorScheme()).isEqualTo(ColorScheme.DARK);
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(Value.DARK);

        userMenu().clickItem(USER_MENU, COLOR_SCHEME, 1);
        assertThat(accounts.myPreferences().colorScheme()).isEqualTo(ColorScheme.LIGHT);
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(Value.LIGHT);
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    @SuppressWarnings("unchecked")
    private MenuBarTester<MenuBar> userMenu() {
        return test(MenuBarTester.class, $(MenuBar.class).id("user-menu"));
    }
}
