package io.relais.demo;

import static io.relais.demo.DemoText.bullets;
import static io.relais.demo.DemoText.numbered;

import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Problem → solution records: written when the problem shows up (symptoms, what was checked),
 * then solved days later by the same person or a colleague, and reused ("this helped me too")
 * more the longer they have been around. A topic with {@code @open: yes} is still open; one with
 * {@code @client} happened at that client.
 */
final class DemoProblems {

    private final DemoPeople people;
    private final DemoStory story;
    private final List<DemoProjects.Project> projects;
    private final Random random;

    DemoProblems(DemoPeople people, DemoStory story, List<DemoProjects.Project> projects, Random random) {
        this.people = people;
        this.story = story;
        this.projects = projects;
        this.random = random;
    }

    /** Problem fields with the number of people it already helped. */
    static KindFields fields(String problem, String solution, KindFields.ProblemStatus status, String client, int helped) {
        return new KindFields(null, null, null, null, null, null, null, null, null, null, problem, solution, status, client,
                helped, null, null, null);
    }

    DemoDraft draft(DemoTopic topic) {
        boolean open = "yes".equals(topic.field("open"));
        LocalDate date = open ? story.today().minusDays(3 + random.nextInt(60)) : topic.firstWritten(story, people, random);
        DemoPeople.Member author = people.pick(random, topic.team(), date);
        String client = clientOn(date, topic.field("client"));
        String problem = topic.field("problem");
        String found = "## Symptômes\n\n" + bullets(topic.all("symptom")) + "\n## Ce qu'on a vérifié\n\n" + numbered(topic.all("check"))
                + (topic.core().isEmpty() ? "" : "\n" + topic.core() + "\n");
        DemoDraft draft = new DemoDraft(DocumentKind.PROBLEM, topic.team(), author, story.during(date, random), topic.title())
                .body(found.strip() + "\n\nClient concerné : " + client + ".").tags(topic.tags())
                .fields(fields(problem, null, KindFields.ProblemStatus.OPEN, client, 0));
        LocalDate solved = open ? null : story.later(random, date, 10);
        if (solved != null) {
            DemoPeople.Member solver = random.nextInt(3) == 0 ? people.pick(random, topic.team(), solved) : author;
            String body = found.strip() + "\n\n## Solution\n\n" + topic.field("solution") + "\n\n## Pour que ça ne revienne pas\n\n"
                    + bullets(topic.all("prevent")) + "\nRésolu par " + solver.mention() + ". Client concerné : " + client + ".";
            long months = ChronoUnit.MONTHS.between(solved, story.today());
            int helped = (int) Math.min(14, months / 2 + random.nextInt(4));
            draft.edit(solver, story.during(solved, random), body,
                    fields(problem, topic.field("solution"), KindFields.ProblemStatus.SOLVED, client, helped), null);
        }
        return draft;
    }

    /** The project of the named client (if the topic names one), else one running then. */
    private String clientOn(LocalDate date, String named) {
        if (named != null) {
            return projects.stream().filter(p -> p.client().name().equals(named) && p.start().isBefore(date))
                    .reduce((first, second) -> second).map(DemoProjects.Project::name).orElse(named);
        }
        List<DemoProjects.Project> active = projects.stream().filter(p -> p.activeOn(date)).toList();
        List<DemoProjects.Project> candidates = active.isEmpty()
                ? projects.stream().filter(p -> p.start().isBefore(date)).toList() : active;
        return candidates.isEmpty() ? projects.getFirst().client().name() : DemoText.pick(random, candidates).name();
    }
}
