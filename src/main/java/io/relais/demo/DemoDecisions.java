package io.relais.demo;

import static io.relais.demo.DemoText.bullets;
import static io.relais.demo.DemoText.day;
import static io.relais.demo.DemoText.numbered;

import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Decision records: proposed first, then accepted (or rejected) once people had their say, which
 * takes less time as the agency gets used to deciding in writing. A topic with
 * {@code @outcome: PROPOSED} is a recent open question; {@code @supersedes} replaces an older
 * decision, which becomes superseded when this one is accepted.
 */
final class DemoDecisions {

    private final DemoPeople people;
    private final DemoStory story;
    private final Random random;
    private final Map<String, DemoDraft> byTitle = new HashMap<>();

    DemoDecisions(DemoPeople people, DemoStory story, Random random) {
        this.people = people;
        this.story = story;
        this.random = random;
    }

    DemoDraft draft(DemoTopic topic) {
        KindFields.DecisionStatus outcome = KindFields.DecisionStatus.valueOf(
                topic.field("outcome") == null ? "ACCEPTED" : topic.field("outcome"));
        LocalDate proposed = proposedOn(topic, outcome);
        DemoPeople.Member author = topic.team() == DemoStory.COMPANY && random.nextBoolean()
                ? people.lead(DemoStory.COMPANY) : people.pick(random, topic.team(), proposed);
        String context = topic.field("context");
        String decision = topic.field("decision");
        String options = topic.all("option").isEmpty() ? "" : "## Options envisagées\n\n" + numbered(topic.all("option")) + "\n";
        String consequences = topic.all("consequence").isEmpty() ? "" : "## Conséquences\n\n" + bullets(topic.all("consequence")) + "\n";
        String proposal = "## Contexte\n\n" + context + "\n\n" + options + "## Proposition\n\n" + decision + "\n\n" + consequences
                + (topic.core().isEmpty() ? "" : topic.core() + "\n\n")
                + "Avis bienvenus en commentaire jusqu'au " + day(proposed.plusDays(7)) + ".";
        DemoDraft draft = new DemoDraft(DocumentKind.DECISION, topic.team(), author, story.during(proposed, random), topic.title())
                .body(proposal).tags(topic.tags())
                .fields(KindFields.EMPTY.withDecision(context, decision, KindFields.DecisionStatus.PROPOSED, null, null));
        draft.supersedes = topic.field("supersedes");
        if (outcome != KindFields.DecisionStatus.PROPOSED) {
            LocalDate decided = decidedOn(proposed);
            String verdict = outcome == KindFields.DecisionStatus.ACCEPTED
                    ? "## Décision\n\nAcceptée le " + day(decided) + ". " + decision
                    : "## Décision\n\nRejetée le " + day(decided) + ". " + (topic.field("rejected") == null ? "" : topic.field("rejected"));
            String body = "## Contexte\n\n" + context + "\n\n" + options + verdict + "\n\n" + consequences
                    + (topic.core().isEmpty() ? "" : topic.core());
            draft.edit(author, story.during(decided, random), body.strip(),
                    KindFields.EMPTY.withDecision(context, decision, outcome, decided, null), null);
        }
        byTitle.put(topic.title(), draft);
        return draft;
    }

    /** Recent for an open question; after the replaced decision for a successor; otherwise as the story goes. */
    private LocalDate proposedOn(DemoTopic topic, KindFields.DecisionStatus outcome) {
        if (outcome == KindFields.DecisionStatus.PROPOSED) {
            return story.today().minusDays(5 + random.nextInt(40));
        }
        DemoDraft older = topic.field("supersedes") == null ? null : byTitle.get(topic.field("supersedes"));
        if (topic.field("supersedes") != null && older == null) {
            throw new IllegalStateException("A superseding decision must come after the one it replaces: " + topic.title());
        }
        LocalDate notBefore = older == null ? null : older.lastSavedAt().toLocalDate().plusDays(90);
        LocalDate date = topic.firstWritten(story, people, random);
        if (notBefore != null && date.isBefore(notBefore)) {
            date = story.sampleDate(random, notBefore, topic.team());
        }
        return date.isAfter(story.today().minusDays(40)) ? story.today().minusDays(40 + random.nextInt(20)) : date;
    }

    /** Three weeks of discussion at first, a few days once writing decisions down is a habit. */
    private LocalDate decidedOn(LocalDate proposed) {
        long days = Math.round(21 - 17 * (story.adoption(proposed) - 0.3) / 0.7) + random.nextInt(4);
        LocalDate decided = proposed.plus(Math.max(1, days), ChronoUnit.DAYS);
        return decided.isBefore(story.today()) ? decided : story.today().minusDays(1);
    }
}
