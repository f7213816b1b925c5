package io.relais.demo;

import io.relais.docs.DocumentPaths;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every demo document, oldest first: the hand-written ones, the Monday trio, the meetings, client
 * feedback and one document per topic of {@code demo/topics.md}. Deterministic: the same people
 * and the same day give the same documents. Checks what the story promises: nobody writes before
 * joining, no two documents share a title (links find them by slug), links only point back in time.
 */
final class DemoDocumentPlan {

    static final String TOPICS = "/demo/topics.md";
    private static final long SEED = 20_231_127L;
    private static final Pattern LINK = Pattern.compile("\\{\\{doc:([^}]+)}}");

    private final DemoPeople people;
    private final DemoStory story;

    DemoDocumentPlan(DemoPeople people, DemoStory story) {
        this.people = people;
        this.story = story;
    }

    List<DemoDraft> drafts() {
        List<DemoDraft> drafts = new ArrayList<>(new DemoDocumentFile(people, story).drafts());
        List<DemoProjects.Project> projects = DemoProjects.projects(story, new Random(SEED));
        drafts.addAll(trioMinutes(people, story).drafts());
        drafts.addAll(new DemoMeetings(people, story, projects, new Random(SEED + 2)).drafts());
        DemoFeedback feedback = new DemoFeedback(people, story, new Random(SEED + 3));
        projects.stream().map(feedback::fromClient).filter(Objects::nonNull).forEach(drafts::add);
        DemoArticles articles = new DemoArticles(people, story, new Random(SEED + 4));
        DemoDecisions decisions = new DemoDecisions(people, story, new Random(SEED + 5));
        DemoProblems problems = new DemoProblems(people, story, projects, new Random(SEED + 6));
        for (DemoTopic topic : DemoTopic.read(TOPICS)) {
            drafts.add(switch (topic.kind()) {
                case ARTICLE -> articles.draft(topic);
                case DECISION -> decisions.draft(topic);
                case PROBLEM -> problems.draft(topic);
                case FEEDBACK -> feedback.fromTopic(topic);
                case MINUTES -> throw new IllegalStateException("Minutes come from meetings, not topics: " + topic.title());
            });
        }
        drafts.sort(Comparator.comparing((DemoDraft d) -> d.at).thenComparing(d -> d.title));
        check(drafts);
        resolveLinks(drafts);
        return drafts;
    }

    /** The trio minutes among these drafts, with the trio each belongs to (the rituals' demo links them). */
    static DemoTrioMinutes trioMinutes(DemoPeople people, DemoStory story) {
        return trioMinutes(story, DemoTrioRotation.weeks(people, story.today()));
    }

    static DemoTrioMinutes trioMinutes(DemoStory story, List<DemoTrioRotation.Week> weeks) {
        return new DemoTrioMinutes(story, weeks, new Random(SEED + 1));
    }

    private void check(List<DemoDraft> drafts) {
        Set<String> slugs = new HashSet<>();
        for (DemoDraft draft : drafts) {
            if (!slugs.add(DocumentPaths.slugOf(draft.title))) {
                throw new IllegalStateException("Two demo documents have the title (or slug of) " + draft.title);
            }
            requirePresent(draft.author, draft.at, draft.title);
            draft.edits.forEach(edit -> requirePresent(edit.editor(), edit.at(), draft.title));
            if (draft.at.toLocalDate().isAfter(story.today())) {
                throw new IllegalStateException("A demo document is dated in the future: " + draft.title);
            }
        }
    }

    private static void requirePresent(DemoPeople.Member member, LocalDateTime at, String title) {
        if (!member.presentOn(at.toLocalDate())) {
            throw new IllegalStateException(member.handle() + " had not joined when writing " + title);
        }
    }

    /**
     * {@code {{doc:Title}}} becomes a {@code [[slug]]} link to that document when it was written
     * before; otherwise (a topic drawn early may mention a guide somebody only wrote afterwards)
     * the title stays, in italics.
     */
    private static void resolveLinks(List<DemoDraft> drafts) {
        Map<String, LocalDateTime> writtenAt = new HashMap<>();
        drafts.forEach(draft -> writtenAt.put(draft.title, draft.at));
        for (DemoDraft draft : drafts) {
            draft.body = resolveLinks(draft.body, draft.at, writtenAt);
            draft.edits.replaceAll(edit -> new DemoDraft.Edit(edit.editor(), edit.at(),
                    resolveLinks(edit.body(), edit.at(), writtenAt), edit.fields(), edit.reviewBy()));
        }
    }

    private static String resolveLinks(String body, LocalDateTime at, Map<String, LocalDateTime> writtenAt) {
        Matcher matcher = LINK.matcher(body);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            LocalDateTime target = writtenAt.get(matcher.group(1));
            String replacement = target != null && target.isBefore(at)
                    ? "[[" + DocumentPaths.slugOf(matcher.group(1)) + "]]" : "*" + matcher.group(1) + "*";
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(result).toString();
    }
}
