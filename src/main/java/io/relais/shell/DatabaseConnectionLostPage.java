package io.relais.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The {@link DatabaseUnavailablePage} for a query that lost, or could not get, its connection
 * outside a transaction of its own (Spring translates it to this exception).
 */
@AnonymousAllowed
public class DatabaseConnectionLostPage extends VerticalLayout
        implements HasErrorParameter<DataAccessResourceFailureException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        return DatabaseUnavailablePage.show(this, event, parameter.getException());
    }
}
