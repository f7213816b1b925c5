package io.relais.rituals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.calendar.CalendarFixtures;
import io.relais.calendar.EventLinks;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.rituals.RitualFixtures;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualService;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A meeting's page: its people record how it went; anybody else finds no such page. */
@RelaisSpringTest
class RitualMeetingViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RitualService rituals;

    @Test
    void aParticipantRecordsThatTheMeetingWasHeldAndTookLonger() {
        CalendarFixtures fixtures = new CalendarFixtures(context);
        TestUsers.User manager = fixtures.person("Maëlle", null, "Europe/Paris");
        TestUsers.User newcomer = fixtures.person("Noah", null, "Europe/Paris");
        RitualFixtures.Meeting meeting = new RitualFixtures(context).oneOnOne(manager, newcomer,
                Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES));

        signIn(newcomer);
        UI.getCurrent().navigate("rituals/meetings/" + meeting.id());
        assertThat(getCurrentView()).isInstanceOf(RitualMeetingView.class);
        assertThat($(Span.class).id("meeting-people").getText()).contains("Maëlle");
        assertThat($(Anchor.class).id("meeting-calendar").getHref()).as("its occurrence in the calendar")
                .isEqualTo(EventLinks.of(meeting.eventId(), meeting.start()));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> held = $(RadioButtonGroup.class).id("meeting-held");
        test(held).selectItem(held.getTranslation("rituals.meeting.held.held"));
        test($(IntegerField.class).id("meeting-minutes-used")).setValue(50);
        test($(Button.class).id("meeting-save")).click();

        int budget = SystemTask.runAs(List.of(Roles.HR), () -> rituals.ritual(RitualKind.NEWCOMER_ONE_ON_ONES))
                .durationMinutes();
        String status = $(Span.class).id("meeting-status").getText();
        assertThat(status).contains(held.getTranslation("rituals.status.held"))
                .contains(held.getTranslation("rituals.status.over-budget", budget));

        TestUsers.User outsider = fixtures.person("Olive", null, "Europe/Paris");
        signIn(outsider);
        UI.getCurrent().navigate("rituals/meetings/" + meeting.id());
        assertThat(getCurrentView()).isNotInstanceOf(RitualMeetingView.class);
        assertThat($(Span.class).withId("meeting-status").all()).isEmpty();
    }

    private void signIn(TestUsers.User user) {
        var details = context.getBean(UserDetailsService.class).loadUserByUsername(user.email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
