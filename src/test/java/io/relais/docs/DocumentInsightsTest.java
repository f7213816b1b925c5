package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The rankings over the shared database: each test follows its own documents' places, never the
 * whole list (the demo organisation reads too).
 */
@RelaisSpringTest
class DocumentInsightsTest {

    private static final String TECH = "Tech & Data";
    private static final int ALL = 500;

    @Autowired
    DocumentService documents;
    @Autowired
    DocumentInsights insights;
    @Autowired
    UpvoteService upvotes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private As as() {
        return new As(users);
    }

    private DocumentDetails article(Visibility visibility, LocalDate reviewBy) {
        return as().user("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE, new DocumentForm(
                DocumentFixtures.spaceOfTeam(documents, TECH), DocumentFixtures.unique("Classement"), "texte", "fr",
                visibility, Set.of(), Set.of(), reviewBy, KindFields.EMPTY)));
    }

    /** Views spread over the last 30 days, as the counter would have added them up. */
    private void views(long documentId, int count) {
        LocalDate today = LocalDate.now();
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    insert into document_view_day (document_id, day, views, unique_viewers) values (?, ?, 1, 0)
                    on duplicate key update views = views + 1""").params(documentId, today.minusDays(i % 30)).update();
        }
    }

    private void manyViews(long documentId, int perDay) {
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 30; i++) {
            jdbc.sql("insert into document_view_day (document_id, day, views, unique_viewers) values (?, ?, ?, 0)")
                    .params(documentId, today.minusDays(i), perDay).update();
        }
    }

    private List<Long> ranking(String login, ReadingRanking ranking, Long spaceId, int days) {
        return as().user(login, () -> insights.ranking(ranking, spaceId, days, 0, ALL)).stream()
                .map(DocumentPopularity::id).toList();
    }

    @Test
    void popularButStaleMeansPastItsReviewDateAndReadALotInThePeriod() {
        LocalDate past = LocalDate.now().minusDays(10);
        long popularStale = article(Visibility.COMPANY, past).id();
        long quietStale = article(Visibility.COMPANY, past).id();
        long popularFresh = article(Visibility.COMPANY, LocalDate.now().plusDays(30)).id();
        long popularDueToday = article(Visibility.COMPANY, LocalDate.now()).id();
        long threshold = ReadingRanking.popularThreshold(90);
        views(popularStale, (int) threshold);
        views(quietStale, (int) threshold - 1);
        views(popularFresh, 40);
        views(popularDueToday, 40);

        List<Long> stale = ranking("ines.haddad", ReadingRanking.POPULAR_BUT_STALE, null, 90);
        assertThat(stale).contains(popularStale).doesNotContain(quietStale, popularFresh, popularDueToday);
        assertThat(threshold).isEqualTo(13);
        assertThat(ranking("ines.haddad", ReadingRanking.POPULAR_BUT_STALE, null, 30))
                .as("the same views make it popular over 30 days too (threshold 4)").contains(popularStale, quietStale);
        DocumentPopularity row = as().user("ines.haddad", () -> insights.ranking(ReadingRanking.POPULAR_BUT_STALE,
                null, 90, 0, ALL)).stream().filter(r -> r.id() == popularStale).findFirst().orElseThrow();
        assertThat(row.views()).isEqualTo(threshold);
        assertThat(row.reviewBy()).isEqualTo(past);
    }

    @Test
    void mostReadAndMostUpvotedOrderByTheirFiguresAndHideWhatTheReaderMayNotOpen() {
        long more = article(Visibility.COMPANY, null).id();
        long less = article(Visibility.COMPANY, null).id();
        long secret = article(Visibility.SPACE, null).id();
        views(more, 30);
        views(less, 29);
        manyViews(secret, 1000);
        as().run("nicolas.dupuis", () -> upvotes.toggle(less));
        as().run("romain.blanc", () -> upvotes.toggle(less));
        as().run("nicolas.dupuis", () -> upvotes.toggle(more));
        as().run("nicolas.dupuis", () -> upvotes.toggle(secret));

        List<Long> mostRead = ranking("ines.haddad", ReadingRanking.MOST_READ, null, 90);
        assertThat(mostRead).contains(more, less).doesNotContain(secret);
        assertThat(mostRead.indexOf(more)).isLessThan(mostRead.indexOf(less));
        assertThat(ranking("nicolas.dupuis", ReadingRanking.MOST_READ, null, 90)).as("a member of the space")
                .startsWith(secret);
        assertThat(ranking("ines.haddad", ReadingRanking.MOST_UPVOTED, null, 90)).doesNotContain(secret);

        List<Long> mostUpvoted = ranking("ines.haddad", ReadingRanking.MOST_UPVOTED, null, 90);
        assertThat(mostUpvoted.indexOf(less)).isNotNegative().isLessThan(mostUpvoted.indexOf(more));

        long otherSpace = as().user("ines.haddad", () -> DocumentFixtures.spaceOfTeam(documents, "Contenu & Social"));
        long techSpace = as().user("ines.haddad", () -> DocumentFixtures.spaceOfTeam(documents, TECH));
        assertThat(ranking("ines.haddad", ReadingRanking.MOST_READ, otherSpace, 90)).doesNotContain(more, less);
        assertThat(ranking("ines.haddad", ReadingRanking.MOST_READ, techSpace, 90)).contains(more, less);
    }

    @Test
    void leastReadListsOnlyDocumentsOlderThanThePeriodUnreadFirst() {
        long fresh = article(Visibility.COMPANY, null).id();
        List<DocumentPopularity> least = as().user("ines.haddad",
                () -> insights.ranking(ReadingRanking.LEAST_READ, null, 30, 0, ALL));
        assertThat(least).extracting(DocumentPopularity::id).as("created today: too young to judge").doesNotContain(fresh);
        for (int i = 1; i < least.size(); i++) {
            assertThat(least.get(i).views()).isGreaterThanOrEqualTo(least.get(i - 1).views());
        }
    }

    @Test
    void theDemoOrganisationHasAReadingHistoryWithPopularButStaleArticles() {
        as().run("claire.fontaine", () -> {
            List<DocumentPopularity> stale = insights.ranking(ReadingRanking.POPULAR_BUT_STALE, null, 90, 0, 10);
            assertThat(stale).as("the demo's old references nobody reviews").isNotEmpty()
                    .allSatisfy(row -> assertThat(row.reviewBy()).isBefore(LocalDate.now()));
            assertThat(insights.ranking(ReadingRanking.MOST_UPVOTED, null, 365, 0, 10)).isNotEmpty();
            List<DocumentPopularity> mostRead = insights.ranking(ReadingRanking.MOST_READ, null, 365, 0, 10);
            assertThat(mostRead).hasSize(10);
            assertThat(mostRead.getFirst().views()).isGreaterThan(mostRead.getLast().views());
        });
    }

    @Test
    void aPageIsAtMostTheLimitAskedFor() {
        assertThat(as().user("julien.mercier", () -> insights.ranking(ReadingRanking.LEAST_READ, null, 365, 0, 3)))
                .hasSizeLessThanOrEqualTo(3);
    }
}
