package io.relais.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a person sees instead of the page they opened while the database is unreachable: a
 * translated explanation and a button to try again (the error handler covers actions on a page
 * already open; this covers opening a page). Outside the main layout, whose menu and bell would
 * need the database too. Answers HTTP 503. This one shows when a service could not begin its
 * transaction; {@link DatabaseConnectionLostPage} when a query lost its connection.
 */
@AnonymousAllowed
public class DatabaseUnavailablePage extends VerticalLayout implements HasErrorParameter<CannotCreateTransactionException> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePage.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        return show(this, event, parameter.getException());
    }

    /** Fills a page with the explanation and answers the HTTP status. */
    static int show(VerticalLayout page, BeforeEnterEvent event, Exception failure) {
        log.error("Page {} opened while the database is unavailable: {}", event.getLocation().getPath(),
                failure.getMessage());
        page.removeAll();
        page.setId("database-unavailable");
        page.addClassName("relais-page");
        Button retry = new Button(page.getTranslation("faults.database-unavailable.retry"),
                click -> page.getUI().ifPresent(ui -> ui.getPage().reload()));
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        page.add(new H2(page.getTranslation("faults.database-unavailable.title")),
                new Paragraph(page.getTranslation("error.database-unavailable")), retry);
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
