package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.docs.internal.ViewCounter;
import io.relais.people.PersonService;
import io.relais.platform.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

@RelaisSpringTest
class ReadingStatsTest {

    private static final String TECH = "Tech & Data";

    @Autowired
    DocumentService documents;
    @Autowired
    ReadingStats stats;
    @Autowired
    ViewCounter counter;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserDetailsService users;
    @Autowired
    PersonService people;

    private As as() {
        return new As(users);
    }

    private DocumentDetails article(String login, Visibility visibility) {
        return as().user(login, () -> documents.create(DocumentKind.ARTICLE, DocumentFixtures.form(
                DocumentFixtures.spaceOfTeam(documents, TECH), DocumentFixtures.unique("Lecture"), "texte", visibility,
                Set.of())));
    }

    private long personId(String login) {
        return as().user(login, () -> people.findByHandle(login).orElseThrow().id());
    }

    @Test
    void aPersonIsAUniqueViewerOnceADayAndAgainTheNextDayAnonymousViewsCountInTheTotalOnly() {
        long doc = article("lucas.bernard", Visibility.PUBLIC).id();
        long nicolas = personId("nicolas.dupuis");
        long ines = personId("ines.haddad");
        LocalDate monday = LocalDate.of(2026, 3, 2);
        transaction.executeWithoutResult(status -> {
            assertThat(counter.count(doc, nicolas, monday)).isTrue();
            assertThat(counter.count(doc, nicolas, monday)).as("same person, same day").isFalse();
            assertThat(counter.count(doc, ines, monday)).isTrue();
            assertThat(counter.count(doc, null, monday)).as("anonymous").isFalse();
            assertThat(counter.count(doc, nicolas, monday.plusDays(1))).as("the next day counts again").isTrue();
        });

        List<DailyViews> days = counter.daily(doc, monday, monday.plusDays(2));
        assertThat(days).containsExactly(new DailyViews(monday, 4, 2), new DailyViews(monday.plusDays(1), 1, 1),
                new DailyViews(monday.plusDays(2), 0, 0));
        assertThat(counter.totalViews(doc)).isEqualTo(5);
        assertThat(counter.distinctReaders(doc)).isEqualTo(2);
    }

    @Test
    void concurrentViewsAreAllCountedAndAPersonStaysOneUniqueViewer() throws Exception {
        long doc = article("lucas.bernard", Visibility.COMPANY).id();
        long nicolas = personId("nicolas.dupuis");
        LocalDate day = LocalDate.of(2026, 4, 1);
        Callable<Boolean> view = () -> transaction.execute(status -> counter.count(doc, nicolas, day));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = pool.invokeAll(java.util.Collections.nCopies(20, view));
            long firsts = 0;
            for (Future<Boolean> result : results) {
                firsts += result.get() ? 1 : 0;
            }
            assertThat(firsts).as("exactly one first view of the day").isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(counter.daily(doc, day, day)).containsExactly(new DailyViews(day, 20, 1));
    }

    @Test
    void viewingThroughThePageCountsButReadingThroughTheServiceDoesNot() {
        DocumentDetails doc = article("lucas.bernard", Visibility.COMPANY);
        as().run("nicolas.dupuis", () -> {
            documents.get(doc.id());
            assertThat(stats.stats(doc.id()).views()).as("a plain service read").isZero();
            stats.recordView(doc.id());
            stats.recordView(doc.id());
            DocumentStats seen = stats.stats(doc.id());
            assertThat(seen.views()).isEqualTo(2);
            assertThat(seen.readers()).isEqualTo(1);
            assertThat(seen.trend()).hasSize(ReadingStats.TREND_DAYS);
            assertThat(seen.trend().getLast()).isEqualTo(new DailyViews(LocalDate.now(), 2, 1));
            assertThat(seen.trend().getFirst().day()).isEqualTo(LocalDate.now().minusDays(ReadingStats.TREND_DAYS - 1));
        });
    }

    @Test
    void onlyReadersCountViewsAndOnlyPublicDocumentsCountAnonymousOnes() {
        DocumentDetails space = article("lucas.bernard", Visibility.SPACE);
        DocumentDetails company = article("lucas.bernard", Visibility.COMPANY);
        DocumentDetails published = article("lucas.bernard", Visibility.PUBLIC);
        as().run("ines.haddad", () -> {
            assertThatThrownBy(() -> stats.recordView(space.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> stats.stats(space.id())).isInstanceOf(NotFoundException.class);
        });
        assertThat(stats.recordAnonymousViews(company.id(), 1)).isFalse();
        assertThat(stats.recordAnonymousViews(space.id(), 1)).isFalse();
        assertThat(stats.recordAnonymousViews(Long.MAX_VALUE, 1)).isFalse();
        assertThat(stats.recordAnonymousViews(published.id(), 3)).isTrue();
        as().run("lucas.bernard", () -> {
            assertThat(stats.stats(space.id()).views()).isZero();
            assertThat(stats.stats(company.id()).views()).isZero();
            DocumentStats publicStats = stats.stats(published.id());
            assertThat(publicStats.views()).isEqualTo(3);
            assertThat(publicStats.readers()).as("anonymous visitors are nobody in particular").isZero();
            assertThat(publicStats.trend().getLast().uniqueViewers()).isZero();
        });
    }
}
