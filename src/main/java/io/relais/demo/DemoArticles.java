package io.relais.demo;

import static io.relais.demo.DemoText.bullets;
import static io.relais.demo.DemoText.day;
import static io.relais.demo.DemoText.numbered;
import static io.relais.demo.DemoText.pick;

import io.relais.docs.DocumentKind;
import io.relais.docs.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Knowledge-base articles composed from a topic's intro, reasons, steps and pitfalls, with
 * headings that vary from one writer to the next; some are revised later by a colleague, which
 * moves their review date; those nobody revised for a year are past their review date.
 */
final class DemoArticles {

    private static final List<String> WHY = List.of("Pourquoi c'est important", "Le contexte", "En deux mots", "Pourquoi on fait comme ça");
    private static final List<String> STEPS = List.of("Étapes", "Mode opératoire", "Comment faire", "Pas à pas");
    private static final List<String> PITFALLS = List.of("Pièges fréquents", "Ce qui coince souvent", "À éviter", "Erreurs déjà faites");
    private static final List<String> MORE = List.of("Pour aller plus loin", "Voir aussi", "À lire ensuite");
    private static final List<String> QUESTIONS = List.of("Une question ? Demandez à %s.", "Référent : %s.",
            "Relu par %s, qui répond volontiers aux questions.", "Pour toute question, %s.");
    private static final List<String> UPDATES = List.of(
            "mise à jour après le changement d'outil ; les captures d'écran restent à refaire",
            "ajout d'une étape oubliée, repérée par un nouvel arrivant",
            "relu : toujours d'actualité, une précision sur les délais",
            "les montants et les contacts ont changé, texte corrigé",
            "ajout des retours du dernier projet client",
            "lien vers la nouvelle procédure ajouté, l'ancienne section est supprimée");

    private final DemoPeople people;
    private final DemoStory story;
    private final Random random;

    DemoArticles(DemoPeople people, DemoStory story, Random random) {
        this.people = people;
        this.story = story;
        this.random = random;
    }

    DemoDraft draft(DemoTopic topic) {
        LocalDate date = topic.firstWritten(story, people, random);
        DemoPeople.Member author = people.pick(random, topic.team(), date);
        DemoPeople.Member expert = random.nextBoolean() ? author : people.pick(random, topic.team(), date);
        String body = body(topic, expert);
        int reviewMonths = random.nextBoolean() ? 12 : 6;
        DemoDraft draft = new DemoDraft(DocumentKind.ARTICLE, topic.team(), author, story.during(date, random), topic.title())
                .body(body).tags(topic.tags()).reviewBy(date.plusMonths(reviewMonths))
                .visibility(random.nextInt(5) == 0 && topic.team() >= 0 ? Visibility.SPACE : Visibility.COMPANY, Set.of());
        LocalDate edited = date;
        while (random.nextDouble() < 0.4) {
            edited = story.later(random, edited, 240);
            if (edited == null) {
                break;
            }
            DemoPeople.Member editor = people.pick(random, topic.team(), edited);
            body = body + "\n\n> **Mise à jour du " + day(edited) + "** (" + editor.mention() + ") : " + pick(random, UPDATES) + ".";
            draft.edit(editor, story.during(edited, random), body, draft.fields, edited.plusMonths(reviewMonths));
        }
        return draft;
    }

    private String body(DemoTopic topic, DemoPeople.Member expert) {
        StringBuilder text = new StringBuilder(topic.field("intro")).append("\n\n");
        if (topic.field("why") != null) {
            text.append("## ").append(pick(random, WHY)).append("\n\n").append(topic.field("why")).append("\n\n");
        }
        if (!topic.all("step").isEmpty()) {
            text.append("## ").append(pick(random, STEPS)).append("\n\n").append(numbered(topic.all("step"))).append('\n');
        }
        if (!topic.core().isEmpty()) {
            text.append(topic.core()).append("\n\n");
        }
        if (!topic.all("pitfall").isEmpty()) {
            text.append("## ").append(pick(random, PITFALLS)).append("\n\n").append(bullets(topic.all("pitfall"))).append('\n');
        }
        text.append("## ").append(pick(random, MORE)).append("\n\n");
        topic.all("see").forEach(title -> text.append("- {{doc:").append(title).append("}}\n"));
        text.append('\n').append(String.format(pick(random, QUESTIONS), expert.mention()));
        return text.toString();
    }
}
