package io.relais.docs.internal;

import io.relais.docs.DocumentImportService;
import io.relais.docs.DocumentService;
import io.relais.docs.ImportOptions;
import io.relais.docs.ImportOutcome;
import io.relais.docs.ImportReport;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.platform.RelaisPrincipal;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import io.relais.platform.db.PendingEvents;
import io.relais.platform.i18n.RelaisI18NProvider;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The command-line import (README "Importing documents"): started with
 * {@code --relais.import=<folder or zip>} and {@code --relais.import.owner=<e-mail of an
 * administrator>}, Relais imports the files as that person once it has started, on whichever
 * database it is configured with, prints the report and exits (status 0, or 1 if the import could
 * not run, or 2 if files were skipped). Without {@code relais.import} it does nothing.
 */
@Component
@Order(200)
class ImportCommand implements ApplicationRunner {

    private static final Duration SEARCH_CATCH_UP = Duration.ofMinutes(30);

    private final DocumentImportService importer;
    private final DocumentService documents;
    private final PendingEvents pendingEvents;
    private final UserDetailsService users;
    private final RelaisI18NProvider i18n;
    private final ApplicationContext context;
    private final String path;
    private final String owner;
    private final String space;
    private final String visibility;
    private final String language;

    ImportCommand(DocumentImportService importer, DocumentService documents, PendingEvents pendingEvents, UserDetailsService users,
            RelaisI18NProvider i18n, ApplicationContext context,
            @Value("${relais.import:}") String path, @Value("${relais.import.owner:}") String owner,
            @Value("${relais.import.space:}") String space, @Value("${relais.import.visibility:SPACE}") String visibility,
            @Value("${relais.import.language:fr}") String language) {
        this.importer = importer;
        this.documents = documents;
        this.pendingEvents = pendingEvents;
        this.users = users;
        this.i18n = i18n;
        this.context = context;
        this.path = path;
        this.owner = owner;
        this.space = space;
        this.visibility = visibility;
        this.language = language;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (path.isBlank()) {
            return;
        }
        int status = run(System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Imports, prints the report to {@code out} and answers the exit status. */
    int run(PrintStream out) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(ownerContext());
            Path source = Path.of(path).toAbsolutePath().normalize();
            if (!Files.exists(source)) {
                throw new UserFacingException(null, "import.error.no-folder", source.toString());
            }
            ImportOptions options = new ImportOptions(defaultSpace(), Visibility.valueOf(visibility.strip().toUpperCase(Locale.ROOT)),
                    language.strip().toLowerCase(Locale.ROOT));
            out.println("Importing " + source + " as " + owner + " ...");
            long heapBefore = heapAfterCollection();
            long start = System.nanoTime();
            ImportReport report = Files.isDirectory(source)
                    ? importer.importFolder(source, options, (done, total, last) -> print(out, done, total, last))
                    : importer.importZip(source, options, (done, total, last) -> print(out, done, total, last));
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "Done in %.1f s: %d imported, %d updated, %d unchanged, %d skipped%n", seconds,
                    report.count(ImportOutcome.Result.IMPORTED), report.count(ImportOutcome.Result.UPDATED),
                    report.count(ImportOutcome.Result.UNCHANGED), report.count(ImportOutcome.Result.SKIPPED));
            awaitSearchable(out);
            out.printf(Locale.ROOT, "Heap in use after a full collection: %d MiB before, %d MiB after%n",
                    heapBefore, heapAfterCollection());
            return report.count(ImportOutcome.Result.SKIPPED) > 0 ? 2 : 0;
        } catch (UserFacingException refusal) {
            out.println("Import refused: " + i18n.getTranslation(refusal.messageKey(), Locale.ENGLISH, refusal.arguments()));
            return 1;
        } catch (IllegalArgumentException | org.springframework.security.core.AuthenticationException e) {
            out.println("Import refused: " + e.getMessage());
            return 1;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * The search index takes each imported file after its transaction, off this thread: the
     * command waits for it, so that the files are searchable once it has exited (and the next
     * start finds the index in step rather than rebuilding it).
     */
    private void awaitSearchable(PrintStream out) {
        long start = System.nanoTime();
        boolean caughtUp = pendingEvents.awaitHandled(SEARCH_CATCH_UP, Duration.ofSeconds(5),
                left -> out.printf(Locale.ROOT, "Search index: %d changes still to take in%n", left));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (caughtUp) {
            out.printf(Locale.ROOT, "Searchable %.1f s later%n", seconds);
        } else {
            out.printf(Locale.ROOT, "The search index is still taking changes in after %.0f s: the next start finishes it%n", seconds);
        }
    }

    /**
     * Heap in use once garbage is collected, in MiB: what an import keeps, which must not grow with
     * the number of files. A one-shot command may ask for a collection; the server never does.
     */
    private static long heapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private void print(PrintStream out, int done, int total, ImportOutcome outcome) {
        String reason = outcome.reasonKey() == null ? ""
                : ": " + i18n.getTranslation(outcome.reasonKey(), Locale.ENGLISH, outcome.reasonArguments().toArray());
        out.printf(Locale.ROOT, "[%d/%d] %-9s %s%s%n", done, total, outcome.result(), outcome.path(), reason);
    }

    /** The importing administrator, signed in for the services as if through the sign-in page. */
    private SecurityContext ownerContext() {
        if (owner.isBlank()) {
            throw new IllegalArgumentException("set --relais.import.owner=<e-mail of an administrator who is a person of the directory>");
        }
        UserDetails details = users.loadUserByUsername(owner.strip());
        if (!(details instanceof RelaisPrincipal principal) || principal.personId() == null
                || !principal.roles().contains(Roles.ADMIN) || !details.isEnabled()) {
            throw new IllegalArgumentException(owner + " is not an enabled administrator who is a person of the directory");
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        return context;
    }

    private Long defaultSpace() {
        if (space.isBlank()) {
            return null;
        }
        return documents.writableSpaces().stream()
                .filter(s -> s.slug().equals(space.strip()) || s.name().equalsIgnoreCase(space.strip()))
                .map(SpaceSummary::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no space named " + space));
    }
}
