package io.relais.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import io.relais.security.ApiTokenService;
import io.relais.security.ApiTokenSummary;
import io.relais.security.CreatedApiToken;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The signed-in person's API tokens on the profile page: create one (its secret is shown once,
 * in a dialog), see when each was created and last used, revoke it.
 */
class ApiTokensPanel extends VerticalLayout {

    private final ApiTokenService tokens;
    private final Grid<ApiTokenSummary> grid = new Grid<>();
    private final TextField name = new TextField();
    private final DatePicker expiresOn = new DatePicker();

    ApiTokensPanel(ApiTokenService tokens) {
        this.tokens = tokens;
        setPadding(false);
        setId("api-tokens");

        grid.setId("api-token-grid");
        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("api.token.name")).setFlexGrow(2);
        grid.addColumn(token -> when(token.createdAt())).setHeader(getTranslation("api.token.created-at"));
        grid.addColumn(token -> when(token.lastUsedAt())).setHeader(getTranslation("api.token.last-used-at"));
        grid.addColumn(token -> when(token.expiresAt())).setHeader(getTranslation("api.token.expires-at"));
        grid.addComponentColumn(this::revokeButton).setFlexGrow(0).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("api.token.none"));

        name.setLabel(getTranslation("api.token.name"));
        name.setId("api-token-name");
        name.setMaxLength(100);
        expiresOn.setLabel(getTranslation("api.token.expires-on"));
        expiresOn.setHelperText(getTranslation("api.token.expires-on.help"));
        expiresOn.setId("api-token-expires");
        expiresOn.setMin(LocalDate.now());
        Button create = new Button(getTranslation("api.token.create"), VaadinIcon.KEY.create(), click -> create());
        create.setId("api-token-create");
        HorizontalLayout form = new HorizontalLayout(name, expiresOn, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        add(new H3(getTranslation("api.token.title")), new Paragraph(getTranslation("api.token.intro")), form, grid);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        expiresOn.setInvalid(false);
        try {
            CreatedApiToken created = tokens.create(name.getValue(), expiresOn.getValue());
            name.clear();
            expiresOn.clear();
            refresh();
            showOnce(created);
        } catch (UserFacingException refusal) {
            String message = getTranslation(refusal.messageKey(), refusal.arguments());
            switch (refusal.field() == null ? "" : refusal.field()) {
                case "name" -> {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                }
                case "expiresOn" -> {
                    expiresOn.setErrorMessage(message);
                    expiresOn.setInvalid(true);
                }
                default -> Toasts.error(refusal);
            }
        }
    }

    /** The only time the secret is visible: it is not stored, so it cannot be shown again. */
    private void showOnce(CreatedApiToken created) {
        Dialog dialog = new Dialog();
        dialog.setId("api-token-created");
        dialog.setHeaderTitle(getTranslation("api.token.created.title", created.token().name()));
        TextField secret = new TextField(getTranslation("api.token.created.secret"));
        secret.setId("api-token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addFocusListener(focus -> secret.getElement().executeJs("this.inputElement.select()"));
        dialog.add(new Paragraph(getTranslation("api.token.created.warning")), secret);
        Button close = new Button(getTranslation("api.token.created.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("api-token-created-close");
        dialog.getFooter().add(close);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private Button revokeButton(ApiTokenSummary token) {
        Button revoke = new Button(getTranslation("api.token.revoke"), click -> {
            tokens.revoke(token.id());
            refresh();
            Toasts.success("api.token.revoked", token.name());
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClassName("api-token-revoke");
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.myTokens());
    }

    private String when(Instant instant) {
        return instant == null ? getTranslation("api.token.never")
                : Formats.dateTime(instant, ZoneId.systemDefault(), getLocale());
    }
}
