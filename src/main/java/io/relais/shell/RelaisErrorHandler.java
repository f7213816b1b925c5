package io.relais.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns any exception escaping a UI action into a translated message. Refusals meant for the
 * user say what went wrong; anything unexpected is logged with an incident id that the message
 * shows, so support can find it — and no stack trace or internal detail reaches the browser.
 */
@Component
class RelaisErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(RelaisErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        if (UI.getCurrent() == null) {
            log.error("Error outside of a UI", event.getThrowable());
            return;
        }
        switch (cause) {
            case UserFacingException refusal -> Toasts.error(refusal);
            case AccessDeniedException denied -> {
                log.warn("Access denied: {}", denied.getMessage());
                Toasts.error("error.access-denied");
            }
            case OptimisticLockingFailureException conflict -> Toasts.error("error.concurrent-edit");
            case DataAccessResourceFailureException down -> databaseUnavailable(down);
            case CannotCreateTransactionException down -> databaseUnavailable(down);
            default -> {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected error, incident {}", incident, event.getThrowable());
                Toasts.error("error.unexpected", incident);
            }
        }
    }

    private static void databaseUnavailable(Exception cause) {
        log.error("Database unavailable: {}", cause.getMessage());
        Toasts.error("error.database-unavailable");
    }

    /** The most specific cause we know how to explain, else the outermost exception. */
    private static Throwable rootOf(Throwable thrown) {
        for (Throwable current = thrown; current != null; current = current.getCause()) {
            if (current instanceof UserFacingException || current instanceof AccessDeniedException
                    || current instanceof OptimisticLockingFailureException
                    || current instanceof DataAccessResourceFailureException
                    || current instanceof CannotCreateTransactionException) {
                return current;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return thrown;
    }
}
