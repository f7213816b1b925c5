package io.relais.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.security.AccountService;
import io.relais.security.ApiTokenService;
import io.relais.security.ApiTokenSummary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** API tokens on the profile page, as a fresh account of its own. */
@RelaisSpringTest
class ApiTokensPanelTest extends SpringBrowserlessTest {

    private static final String USER = "tina.tokencheck@example.test";

    @Autowired
    ApiTokenService tokens;

    @BeforeAll
    static void createUser(@Autowired PersonService people, @Autowired AccountService accounts) {
        TestData.personWithAccount(people, accounts, "Tina", "Tokencheck", List.of(Roles.EMPLOYEE));
    }

    @AfterEach
    void revokeAll() {
        tokens.myTokens().forEach(token -> tokens.revoke(token.id()));
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenSummary> grid() {
        return $(Grid.class).id("api-token-grid");
    }

    @Test
    @WithUserDetails(USER)
    void aNewTokenIsShownOnceAndListedThenRevoked() {
        navigate(ProfileView.class);
        assertThat(test(grid()).size()).isZero();

        test($(TextField.class).id("api-token-name")).setValue("Tableau de bord");
        test($(Button.class).id("api-token-create")).click();

        Dialog dialog = $(Dialog.class).id("api-token-created");
        assertThat(dialog.isOpened()).isTrue();
        String secret = $(TextField.class).id("api-token-secret").getValue();
        assertThat(secret).startsWith("relais_");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).name()).isEqualTo("Tableau de bord");
        assertThat(grid().getElement().getOuterHTML()).doesNotContain(secret);
        assertThat($(TextField.class).id("api-token-name").getValue()).isEmpty();
        test($(Button.class).id("api-token-created-close")).click();
        assertThat(dialog.isOpened()).isFalse();

        test((Button) test(grid()).getCellComponent(0, 4)).click();

        assertThat(test(grid()).size()).isZero();
        assertThat(tokens.myTokens()).isEmpty();
    }

    @Test
    @WithUserDetails(USER)
    void aMissingNameOrAPastDateIsShownOnItsField() {
        navigate(ProfileView.class);
        test($(Button.class).id("api-token-create")).click();
        TextField name = $(TextField.class).id("api-token-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("validation.required"));

        test(name).setValue("Hier");
        DatePicker expires = $(DatePicker.class).id("api-token-expires");
        expires.setMin(null);
        test(expires).setValue(LocalDate.now().minusDays(2));
        test($(Button.class).id("api-token-create")).click();

        assertThat(name.isInvalid()).isFalse();
        assertThat(expires.isInvalid()).isTrue();
        assertThat(expires.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("api.token.error.expiry-in-past"));
        assertThat(tokens.myTokens()).isEmpty();
    }
}
