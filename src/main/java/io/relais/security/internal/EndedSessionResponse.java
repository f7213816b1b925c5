package io.relais.security.internal;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * What the browser receives on its first request after its session was ended (account disabled,
 * roles changed, password reset). A page load is sent to the login page; a request of the Vaadin
 * client (UI round trip, heartbeat) gets Vaadin's own "session expired" message, on which the
 * client reloads the page, and so lands on the login page too. A plain redirect would hand the
 * client a login page where it expects JSON.
 */
class EndedSessionResponse implements SessionInformationExpiredStrategy {

    private final RequestUtil vaadinRequests;

    EndedSessionResponse(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        if (vaadinRequests.isFrameworkInternalRequest(request)) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login");
    }
}
