package io.relais.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.relais.notifications.NotificationBroadcaster;
import io.relais.notifications.NotificationService;
import io.relais.notifications.ui.NotificationBell;
import io.relais.platform.CurrentUser;
import io.relais.platform.RelaisPrincipal;
import io.relais.platform.Roles;
import io.relais.platform.i18n.RelaisI18NProvider;
import io.relais.search.SearchService;
import io.relais.search.ui.SearchBox;
import io.relais.security.AccountService;
import io.relais.security.ColorScheme;
import io.relais.security.ui.ProfileView;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame around every signed-in view: a drawer with the menu (built from {@code @Menu}
 * entries the user may open, titles being translation keys), a header with the page title, the
 * search box, the notification bell and the user menu. AppLayout collapses the drawer on phones.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 pageTitle = new H1();
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final AuthenticationContext authentication;

    public MainLayout(CurrentUser currentUser, AccountService accounts, AuthenticationContext authentication,
            NotificationService notifications, NotificationBroadcaster broadcaster, SearchService search) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        pageTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), pageTitle);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setSpacing(false);
        Div spacer = new Div();
        HorizontalLayout actions = new HorizontalLayout(new NotificationBell(notifications, broadcaster, currentUser),
                userMenu());
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout navbar = new HorizontalLayout(header, new SearchBox(search), spacer, actions);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(spacer);
        navbar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(true, navbar);

        H1 brand = new H1("Relais");
        brand.addClassName("relais-brand");
        brand.getStyle().set("padding", "var(--lumo-space-m)");
        addToDrawer(brand, new Scroller(navigation()));
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu() {
        RelaisPrincipal user = currentUser.require();
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        Span name = new Span(user.displayName());
        name.addClassName("relais-hide-on-phone");
        Span role = new Span(getTranslation("role." + mainRole(user)));
        role.addClassName("relais-muted");
        role.addClassNames("relais-hide-on-phone");
        role.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        Div label = new Div(name, new Div(role));
        label.getStyle().set("line-height", "1.1").set("text-align", "left");
        HorizontalLayout trigger = new HorizontalLayout(avatar, label);
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.setSpacing(true);

        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = menu.addItem(trigger);
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("shell.profile"), click -> UI.getCurrent().navigate(ProfileView.class));
        SubMenu language = sub.addItem(getTranslation("shell.language")).getSubMenu();
        language.addItem("Français", click -> switchLanguage(RelaisI18NProvider.FRENCH)).setId("language-fr");
        language.addItem("English", click -> switchLanguage(RelaisI18NProvider.ENGLISH)).setId("language-en");
        SubMenu scheme = sub.addItem(getTranslation("shell.color-scheme")).getSubMenu();
        for (ColorScheme option : ColorScheme.values()) {
            scheme.addItem(getTranslation("shell.color-scheme." + option.name().toLowerCase(Locale.ROOT)),
                    click -> switchColorScheme(option));
        }
        sub.addItem(getTranslation("shell.logout"), click -> authentication.logout()).setId("logout");
        return menu;
    }

    private void switchLanguage(Locale locale) {
        accounts.updateMyPreferences(locale, accounts.myPreferences().colorScheme());
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getPage().reload();
    }

    private void switchColorScheme(ColorScheme scheme) {
        accounts.updateMyPreferences(accounts.myPreferences().locale(), scheme);
        UserPreferencesApplier.applyColorScheme(UI.getCurrent(), scheme);
    }

    private static String mainRole(RelaisPrincipal user) {
        for (String role : new String[] {Roles.ADMIN, Roles.LEADERSHIP, Roles.HR}) {
            if (user.roles().contains(role)) {
                return role.toLowerCase(Locale.ROOT);
            }
        }
        return Roles.EMPLOYEE.toLowerCase(Locale.ROOT);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
