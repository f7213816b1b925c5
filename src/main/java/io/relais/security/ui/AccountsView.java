package io.relais.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.people.PersonSummary;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import io.relais.security.AccountService;
import io.relais.security.AccountSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;

/** ADMIN: accounts, their roles, enabling/disabling and password resets. */
@Route("admin/accounts")
@Menu(order = 90, title = "menu.accounts", icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
    private final ConfigurableFilterDataProvider<AccountSummary, Void, String> rows;

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("relais-page");
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(200);

        grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.name")).setAutoWidth(true);
        grid.addColumn(account -> account.roles().stream().sorted()
                        .map(role -> getTranslation("role." + role.toLowerCase(Locale.ROOT)))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("accounts.roles")).setAutoWidth(true);
        grid.addColumn(account -> getTranslation(account.enabled() ? "accounts.enabled" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.status")).setAutoWidth(true);
        grid.addColumn(account -> Formats.dateTime(account.lastLoginAt(), ZoneId.systemDefault(), getLocale()))
                .setHeader(getTranslation("accounts.last-login")).setAutoWidth(true);
        grid.addItemClickListener(click -> edit(click.getItem()));
        grid.setId("accounts-grid");

        rows = new CallbackDataProvider<AccountSummary, String>(
                query -> accounts.page(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream(),
                query -> (int) accounts.count(query.getFilter().orElse(null)),
                AccountSummary::id).withConfigurableFilter();
        grid.setItems(rows);
        search.addValueChangeListener(change -> rows.setFilter(change.getValue()));
        Button create = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-account");
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void edit(AccountSummary account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(account.displayName());
        dialog.setWidth("min(32rem, 100vw)");
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("accounts.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.toLowerCase(Locale.ROOT)));
        roles.setValue(account.roles());
        roles.setId("account-roles");
        Span status = new Span(getTranslation(account.enabled() ? "accounts.enabled" : "accounts.disabled"));

        Button saveRoles = new Button(getTranslation("action.save"), click -> act(dialog,
                () -> accounts.updateRoles(account.id(), account.version(), roles.getValue()), "accounts.saved"));
        saveRoles.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRoles.setId("account-save-roles");
        Button toggle = new Button(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"),
                click -> act(dialog, () -> accounts.setEnabled(account.id(), account.version(), !account.enabled()),
                        "accounts.saved"));
        toggle.setId("account-toggle");
        if (account.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button reset = new Button(getTranslation("accounts.reset-password"), click -> {
            String password = accounts.resetPassword(account.id());
            rows.refreshAll(); // the account has a new version: a later edit must start from it
            dialog.removeAll();
            dialog.add(new Paragraph(getTranslation("accounts.new-password", password)));
            dialog.getFooter().removeAll();
            dialog.getFooter().add(new Button(getTranslation("action.close"), close -> dialog.close()));
        });
        dialog.add(new VerticalLayout(status, roles));
        dialog.getFooter().add(new HorizontalLayout(reset, toggle, saveRoles));
        dialog.open();
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.new"));
        dialog.setWidth("min(32rem, 100vw)");
        ComboBox<PersonSummary> person = new ComboBox<>(getTranslation("accounts.person"));
        person.setItems(accounts.peopleWithoutAccount());
        person.setItemLabelGenerator(p -> p.fullName() + " — " + p.email());
        person.setWidthFull();
        person.setId("account-person");
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("accounts.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.toLowerCase(Locale.ROOT)));
        roles.setValue(java.util.Set.of(Roles.EMPLOYEE));
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.setId("account-create");
        save.addClickListener(click -> {
            try {
                if (person.getValue() == null) {
                    person.setErrorMessage(getTranslation("validation.required"));
                    person.setInvalid(true);
                    return;
                }
                String password = accounts.createForPerson(person.getValue().id(), roles.getValue(), null);
                rows.refreshAll();
                dialog.removeAll();
                dialog.add(new Paragraph(getTranslation("accounts.new-password", password)));
                dialog.getFooter().removeAll();
                dialog.getFooter().add(new Button(getTranslation("action.close"), close -> dialog.close()));
            } catch (UserFacingException refusal) {
                Toasts.error(refusal);
            } finally {
                save.setEnabled(true);
            }
        });
        dialog.add(new VerticalLayout(person, roles));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), cancel -> dialog.close()), save);
        dialog.open();
    }

    private void act(Dialog dialog, Runnable action, String successKey) {
        try {
            action.run();
            Toasts.success(successKey);
            dialog.close();
            rows.refreshAll();
        } catch (UserFacingException refusal) {
            Toasts.error(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.accounts");
    }
}
