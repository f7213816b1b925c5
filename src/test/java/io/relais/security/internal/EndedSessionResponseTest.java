package io.relais.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.security.RequestUtil;
import io.relais.RelaisSpringTest;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

@RelaisSpringTest
class EndedSessionResponseTest {

    @Autowired
    RequestUtil vaadinRequests;

    @Test
    void aVaadinRoundTripAfterTheSessionEndedGetsVaadinsSessionExpiredMessage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        MockHttpServletResponse response = respond(request);

        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("\"sessionExpired\":true");
    }

    @Test
    void aPageLoadAfterTheSessionEndedGoesToTheLoginPage() throws Exception {
        MockHttpServletResponse response = respond(new MockHttpServletRequest("GET", "/people"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
    }

    private MockHttpServletResponse respond(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        SessionInformation session = new SessionInformation("someone", "session-1", new Date());
        session.expireNow();
        new EndedSessionResponse(vaadinRequests)
                .onExpiredSessionDetected(new SessionInformationExpiredEvent(session, request, response));
        return response;
    }
}
