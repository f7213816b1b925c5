package io.relais.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.RelaisSpringTest;
import io.relais.people.TeamSummary;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@RelaisSpringTest
class TeamsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void everybodySeesTheTeamsWithTheirSizeButOnlyHrCreatesThem() {
        navigate(TeamsView.class);
        @SuppressWarnings("unchecked")
        Grid<TeamSummary> grid = $(Grid.class).id("teams-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(6);
        assertThat(test(grid).getRow(0).name()).isNotBlank();
        assertThat($(Button.class).withId("new-team").all()).isEmpty();
    }

    @Test
    @WithUserDetails("sophie.laurent@canopee.fr")
    void hrCreatesATeamAndADuplicateNameIsRefusedOnTheField() {
        navigate(TeamsView.class);
        String name = "Équipe " + UUID.randomUUID().toString().substring(0, 8);

        test($(Button.class).id("new-team")).click();
        test($(TextField.class).id("team-name")).setValue(name);
        test($(Button.class).id("team-save")).click();

        @SuppressWarnings("unchecked")
        Grid<TeamSummary> grid = $(Grid.class).id("teams-grid");
        assertThat(grid.getGenericDataView().getItems().map(TeamSummary::name)).contains(name);

        test($(Button.class).id("new-team")).click();
        TextField nameField = $(TextField.class).id("team-name");
        test(nameField).setValue(name.toUpperCase());
        test($(Button.class).id("team-save")).click();
        assertThat(nameField.isInvalid()).isTrue();
        assertThat(nameField.getErrorMessage()).isEqualTo(nameField.getTranslation("people.error.team-name-taken"));
    }
}
