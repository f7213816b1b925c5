package io.relais.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteNotFoundError;
import io.relais.RelaisSpringTest;
import io.relais.people.PersonService;
import io.relais.analytics.ui.AdoptionDashboardView;
import io.relais.calendar.ui.CalendarView;
import io.relais.clients.ui.ClientsView;
import io.relais.clients.ui.InvoicesView;
import io.relais.clients.ui.TasksView;
import io.relais.docs.ui.DocumentsView;
import io.relais.docs.ui.ReadingInsightsView;
import io.relais.docs.ui.ImportView;
import io.relais.onboarding.ui.MyOnboardingView;
import io.relais.onboarding.ui.OnboardingDashboardView;
import io.relais.onboarding.ui.TemplatesView;
import io.relais.people.ui.PeopleView;
import io.relais.people.ui.TeamsView;
import io.relais.people.ui.PersonView;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.search.ui.SearchInsightsView;
import io.relais.search.ui.SearchView;
import io.relais.rituals.ui.RitualsView;
import io.relais.security.ui.AccountsView;
import io.relais.security.ui.LoginView;
import io.relais.security.ui.ProfileView;
import io.relais.todo.ui.TodosView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Who may open what: each demo role navigates to every view. Allowed views render inside the
 * main layout; a refused view is replaced by the "not found" error view (Vaadin's navigation
 * access control does not reveal that the view exists), and the menu offers exactly the views the
 * role may open.
 */
@RelaisSpringTest
class ViewAccessMatrixTest extends SpringBrowserlessTest {

    private static final List<String> EVERYBODY_MENU = List.of("", "todos", "onboarding", "people", "teams", "docs", "docs/insights", "calendar",
            "clients", "tasks");
    /** A team lead (Camille Roux manages Stratégie & Conseil) adds the dashboard of her team. */
    private static final List<String> TEAM_LEAD_MENU = List.of("", "todos", "onboarding", "people", "teams", "docs",
            "docs/insights", "calendar", "clients", "tasks", "analytics");
    private static final List<String> HR_MENU = List.of("", "todos", "onboarding", "onboarding/dashboard", "people",
            "teams", "docs", "docs/insights", "calendar", "admin/rituals", "clients", "tasks");
    private static final List<String> LEADERSHIP_MENU = List.of("", "todos", "onboarding", "onboarding/dashboard", "people", "teams", "docs",
            "docs/insights", "calendar", "clients", "tasks", "invoices", "analytics", "admin/search");
    private static final List<String> ADMIN_MENU = List.of("", "todos", "onboarding", "people", "teams", "docs", "docs/insights", "calendar",
            "admin/rituals", "clients", "tasks", "invoices", "analytics", "admin/accounts", "admin/search", "admin/import");

    @Autowired
    PersonService people;

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void employee() {
        assertAccess("lucas.bernard@canopee.fr", false, false);
        assertMenu(EVERYBODY_MENU);
    }

    @Test
    @WithUserDetails("camille.roux@canopee.fr")
    void teamLead() {
        assertAccess("camille.roux@canopee.fr", false, false);
        assertMenu(TEAM_LEAD_MENU);
    }

    @Test
    @WithUserDetails("sophie.laurent@canopee.fr")
    void hr() {
        assertAccess("sophie.laurent@canopee.fr", false, false);
        assertMenu(HR_MENU);
    }

    @Test
    @WithUserDetails("claire.fontaine@canopee.fr")
    void leadership() {
        assertAccess("claire.fontaine@canopee.fr", false, true);
        assertMenu(LEADERSHIP_MENU);
    }

    @Test
    @WithUserDetails("julien.mercier@canopee.fr")
    void admin() {
        assertAccess("julien.mercier@canopee.fr", true, true);
        assertMenu(ADMIN_MENU);
    }

    @Test
    @WithAnonymousUser
    void visitorIsSentToTheSignInPageFromEverySecuredView() {
        assertThat(getCurrentView()).as("the home page").isInstanceOf(LoginView.class);
        for (Class<? extends Component> view : List.of(HomeView.class, PeopleView.class, ProfileView.class,
                AccountsView.class, TeamsView.class, DocumentsView.class, TodosView.class, ReadingInsightsView.class,
                SearchView.class, SearchInsightsView.class, AdoptionDashboardView.class,
                CalendarView.class, ClientsView.class, TasksView.class, InvoicesView.class,
                ImportView.class, RitualsView.class, MyOnboardingView.class, OnboardingDashboardView.class, TemplatesView.class)) {
            UI.getCurrent().navigate(view);
            assertThat(getCurrentView()).as(view.getSimpleName()).isInstanceOf(LoginView.class);
        }
        UI.getCurrent().navigate(PersonView.class, anyPersonId());
        assertThat(getCurrentView()).as("PersonView").isInstanceOf(LoginView.class);
        assertThat($(MainLayout.class).exists()).as("no menu before signing in").isFalse();
    }

    private void assertAccess(String email, boolean admin, boolean searchInsights) {
        assertOpens(HomeView.class, navigate(HomeView.class));
        assertOpens(PeopleView.class, navigate(PeopleView.class));
        assertOpens(ProfileView.class, navigate(ProfileView.class));
        assertOpens(TeamsView.class, navigate(TeamsView.class));
        assertOpens(DocumentsView.class, navigate(DocumentsView.class));
        assertOpens(TodosView.class, navigate(TodosView.class));
        assertOpens(ReadingInsightsView.class, navigate(ReadingInsightsView.class));
        assertOpens(SearchView.class, navigate(SearchView.class));
        assertOpens(CalendarView.class, navigate(CalendarView.class));
        assertOpens(ClientsView.class, navigate(ClientsView.class));
        assertOpens(TasksView.class, navigate(TasksView.class));
        assertOpens(MyOnboardingView.class, navigate(MyOnboardingView.class));
        boolean hr = email.startsWith("sophie.laurent");
        UI.getCurrent().navigate(OnboardingDashboardView.class);
        if (hr || email.startsWith("claire.fontaine")) {
            assertOpens(OnboardingDashboardView.class, getCurrentView());
        } else {
            assertThat(getCurrentView()).as("OnboardingDashboardView refused").isInstanceOf(RouteNotFoundError.class);
        }
        UI.getCurrent().navigate(TemplatesView.class);
        if (hr) {
            assertOpens(TemplatesView.class, getCurrentView());
        } else {
            assertThat(getCurrentView()).as("TemplatesView refused").isInstanceOf(RouteNotFoundError.class);
        }
        UI.getCurrent().navigate(InvoicesView.class);
        boolean management = admin || email.startsWith("claire.fontaine");
        if (management) {
            assertOpens(InvoicesView.class, getCurrentView());
        } else {
            assertThat(getCurrentView()).as("InvoicesView refused").isInstanceOf(RouteNotFoundError.class);
        }
        long self = people.findByEmail(email).orElseThrow().id();
        assertOpens(PersonView.class, navigate(PersonView.class, self));
        assertOpens(PersonView.class, navigate(PersonView.class, anyPersonId()));

        UI.getCurrent().navigate(AdoptionDashboardView.class);
        if (management || email.startsWith("camille.roux")) {
            assertOpens(AdoptionDashboardView.class, getCurrentView());
        } else {
            assertThat(getCurrentView()).as("AdoptionDashboardView refused").isInstanceOf(RouteNotFoundError.class);
        }

        UI.getCurrent().navigate(SearchInsightsView.class);
        if (searchInsights) {
            assertOpens(SearchInsightsView.class, getCurrentView());
        } else {
            assertThat(getCurrentView()).as("SearchInsightsView refused").isInstanceOf(RouteNotFoundError.class);
        }

        UI.getCurrent().navigate(AccountsView.class);
        if (admin) {
            assertOpens(AccountsView.class, getCurrentView());
        } else {
            assertThat(getCurrentView()).as("AccountsView refused").isInstanceOf(RouteNotFoundError.class);
            assertThat($(AccountsView.class).exists()).isFalse();
        }

        UI.getCurrent().navigate(ImportView.class);
        if (admin) {
            assertOpens(ImportView.class, getCurrentView());
        } else {
            assertThat(getCurrentView()).as("ImportView refused").isInstanceOf(RouteNotFoundError.class);
        }

        UI.getCurrent().navigate(RitualsView.class);
        if (admin || email.startsWith("sophie.laurent")) {
            assertOpens(RitualsView.class, getCurrentView());
        } else {
            assertThat(getCurrentView()).as("RitualsView refused").isInstanceOf(RouteNotFoundError.class);
        }

        assertThat(navigate(LoginView.class)).as("the sign-in page is open to everybody").isNotNull();
        assertThat($(MainLayout.class).exists()).as("the sign-in page has no menu").isFalse();
    }

    private void assertOpens(Class<? extends Component> view, Object shown) {
        assertThat(shown).as(view.getSimpleName()).isInstanceOf(view);
        assertThat($(MainLayout.class).exists()).as(view.getSimpleName() + " inside the main layout").isTrue();
    }

    private void assertMenu(List<String> paths) {
        navigate(HomeView.class);
        SideNav menu = $(SideNav.class).id("main-navigation");
        assertThat(menu.getItems()).extracting(SideNavItem::getPath).containsExactlyElementsOf(paths);
        assertThat(menu.getItems()).extracting(SideNavItem::getLabel).containsExactlyElementsOf(paths.stream()
                .map(path -> UI.getCurrent().getTranslation(switch (path) {
                    case "" -> "menu.home";
                    case "people" -> "menu.people";
                    case "teams" -> "menu.teams";
                    case "docs" -> "menu.docs";
                    case "todos" -> "menu.todos";
                    case "docs/insights" -> "menu.reading-insights";
                    case "admin/search" -> "menu.search-insights";
                    case "calendar" -> "menu.calendar";
                    case "clients" -> "menu.clients";
                    case "tasks" -> "menu.tasks";
                    case "invoices" -> "menu.invoices";
                    case "onboarding" -> "onboarding.menu.mine";
                    case "onboarding/dashboard" -> "onboarding.menu.dashboard";
                    case "admin/import" -> "import.menu";
                    case "admin/rituals" -> "menu.rituals";
                    case "analytics" -> "menu.analytics";
                    default -> "menu.accounts";
                })).toList());
    }

    private long anyPersonId() {
        return SystemTask.runAs(List.of(Roles.EMPLOYEE),
                () -> people.findByEmail("camille.roux@canopee.fr").orElseThrow().id());
    }
}
