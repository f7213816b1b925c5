package io.relais.rituals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.RelaisSpringTest;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualService;
import io.relais.rituals.RitualSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** HR sets up the rituals: a bad value is refused on its field, a concurrent save loses nothing typed. */
@RelaisSpringTest
class RitualsViewTest extends SpringBrowserlessTest {

    @Autowired
    RitualService rituals;

    @Test
    @WithUserDetails("sophie.laurent@canopee.fr")
    void aBadDurationIsRefusedOnItsFieldAndNothingIsSaved() {
        RitualSettings before = current(RitualKind.MONDAY_TRIOS);
        navigate(RitualsView.class);
        IntegerField duration = $(IntegerField.class).id("ritual-monday-trios-duration");
        assertThat(duration.getValue()).isEqualTo(before.durationMinutes());
        test(duration).setValue(2);
        test($(Button.class).id("ritual-monday-trios-save")).click();
        assertThat(duration.isInvalid()).isTrue();
        assertThat(duration.getErrorMessage()).isEqualTo(duration.getTranslation("rituals.error.duration", 5, 240));
        assertThat(current(RitualKind.MONDAY_TRIOS)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("sophie.laurent@canopee.fr")
    void aSaveInBetweenIsReportedAndWhatWasTypedStays() {
        navigate(RitualsView.class);
        TextField title = $(TextField.class).id("ritual-friday-all-hands-title");
        String typed = title.getValue() + " (édité)";
        test(title).setValue(typed);
        RitualSettings other = current(RitualKind.FRIDAY_ALL_HANDS);
        SystemTask.runAs(List.of(Roles.HR), () -> rituals.update(other.id(), other.version(), other.toForm()));

        test($(Button.class).id("ritual-friday-all-hands-save")).click();

        assertThat(title.getValue()).isEqualTo(typed);
        assertThat(current(RitualKind.FRIDAY_ALL_HANDS).title()).isEqualTo(other.title());
    }

    @Test
    @WithUserDetails("julien.mercier@canopee.fr")
    void planningNextWeekAgainChangesNothing() {
        navigate(RitualsView.class);
        Button planNow = $(Button.class).id("plan-next-week");
        test(planNow).click();
        assertThat(planNow.isEnabled()).isTrue();
    }

    private RitualSettings current(RitualKind kind) {
        return SystemTask.runAs(List.of(Roles.HR), () -> rituals.ritual(kind));
    }
}
