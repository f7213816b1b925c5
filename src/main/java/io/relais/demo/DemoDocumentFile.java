package io.relais.demo;

import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hand-written demo documents ({@code demo/documents.md}, {@code demo/knowledge-base.md}): each
 * block's header is {@code KIND | space (team index or *) | author handle | days ago | visibility |
 * tags | title}, then kind-specific {@code @field}s, then the Markdown body. A line
 * {@code --- revision N days ago by handle} starts a later revision whose body replaces the previous one.
 */
final class DemoDocumentFile {

    static final List<String> RESOURCES = List.of("/demo/documents.md", "/demo/knowledge-base.md");

    private final DemoPeople people;
    private final DemoStory story;

    DemoDocumentFile(DemoPeople people, DemoStory story) {
        this.people = people;
        this.story = story;
    }

    List<DemoDraft> drafts() {
        Random random = new Random(7);
        List<DemoDraft> drafts = new ArrayList<>();
        for (String resource : RESOURCES) {
            for (DemoBlocks.Block block : DemoBlocks.read(resource)) {
                drafts.add(draft(block, random));
            }
        }
        return drafts;
    }

    private DemoDraft draft(DemoBlocks.Block block, Random random) {
        List<String> h = block.header();
        DocumentKind kind = DocumentKind.valueOf(h.get(0));
        LocalDate day = daysAgo(h.get(3));
        DemoDraft draft = new DemoDraft(kind, "*".equals(h.get(1)) ? DemoStory.COMPANY : Integer.parseInt(h.get(1)),
                people.get(h.get(2)), story.during(day, random), h.get(6))
                .tags(List.of(h.get(5).split(",")))
                .fields(fields(kind, block.fields()));
        Visibility visibility = Visibility.valueOf(h.get(4));
        Set<Long> readers = visibility != Visibility.PEOPLE ? Set.of()
                : List.of(block.fields().getOrDefault("readers", List.of("sophie.laurent,julien.mercier")).getFirst().split(","))
                        .stream().map(handle -> people.get(handle.strip()).id()).collect(Collectors.toSet());
        draft.visibility(visibility, readers).supersedes = block.field("supersedes");
        String[] revisions = block.body().split("(?m)^--- revision ");
        draft.body(revisions[0].strip()).reviewBy(reviewBy(kind, day));
        for (int i = 1; i < revisions.length; i++) {
            String[] words = revisions[i].substring(0, revisions[i].indexOf('\n')).split(" ");
            LocalDate editDay = daysAgo(words[0]);
            draft.edit(people.get(words[4]), story.during(editDay, random), revisions[i].substring(revisions[i].indexOf('\n') + 1).strip(),
                    draft.fields, reviewBy(kind, editDay));
        }
        return draft;
    }

    private LocalDate daysAgo(String days) {
        return story.today().minusDays(Long.parseLong(days.strip()));
    }

    private static LocalDate reviewBy(DocumentKind kind, LocalDate written) {
        return kind == DocumentKind.ARTICLE ? written.plusYears(1) : null;
    }

    private KindFields fields(DocumentKind kind, Map<String, List<String>> all) {
        java.util.function.Function<String, String> f = key -> all.containsKey(key) ? all.get(key).getFirst() : null;
        return switch (kind) {
            case DECISION -> KindFields.EMPTY.withDecision(f.apply("decisionContext"), f.apply("decision"),
                    KindFields.DecisionStatus.valueOf(all.getOrDefault("decisionStatus", List.of("PROPOSED")).getFirst()),
                    f.apply("decidedOn") == null ? null : daysAgo(f.apply("decidedOn")), null);
            case PROBLEM -> DemoProblems.fields(f.apply("problem"), f.apply("solution"),
                    KindFields.ProblemStatus.valueOf(all.getOrDefault("problemStatus", List.of("OPEN")).getFirst()),
                    f.apply("clientProject"), f.apply("helped") == null ? 0 : Integer.parseInt(f.apply("helped")));
            case FEEDBACK -> KindFields.EMPTY.withFeedback(KindFields.FeedbackSource.valueOf(f.apply("feedbackSource")),
                    KindFields.Sentiment.valueOf(f.apply("sentiment")), KindFields.FollowUp.valueOf(f.apply("followUp")));
            default -> KindFields.EMPTY;
        };
    }
}
