package io.relais.demo;

import static io.relais.demo.DemoText.bullets;
import static io.relais.demo.DemoText.pick;

import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Feedback: from clients at the end of their projects (more negative after the busy quarter's
 * rushed launches), and from the team about the way we work (topics). Old feedback has been
 * followed up; recent feedback is still to do or in progress.
 */
final class DemoFeedback {

    private static final List<String> POSITIVE = List.of(
            "L'équipe a toujours répondu dans la journée, et par écrit : nous savions où en était le projet.",
            "Les résultats dépassent nos objectifs, et nous comprenons enfin nos chiffres.",
            "Le point écrit du vendredi nous a évité beaucoup de réunions.",
            "Vous avez su dire non à certaines de nos idées, et vous aviez raison.",
            "La mise en ligne s'est faite sans aucune coupure.");
    private static final List<String> NEUTRAL = List.of(
            "Le résultat est bon, mais nous avons eu du mal à suivre qui faisait quoi.",
            "Les livrables sont conformes ; les délais ont glissé de deux semaines.",
            "Le rapport mensuel est complet, peut-être trop.",
            "Bon travail, mais nous aurions aimé être davantage associés aux choix créatifs.");
    private static final List<String> NEGATIVE = List.of(
            "Nous avons appris le retard la veille de la date prévue.",
            "Trois interlocuteurs différents en deux mois, il a fallu tout réexpliquer.",
            "La recette a été faite dans l'urgence et nous avons trouvé des erreurs après la mise en ligne.",
            "Les chiffres promis à l'avant-vente ne sont pas au rendez-vous.");
    private static final List<String> LESSONS = List.of(
            "Écrire le point d'avancement chaque semaine, même quand il n'y a rien de neuf.",
            "Un seul interlocuteur côté agence, nommé au kick-off.",
            "Prévenir d'un retard dès qu'on le voit venir, pas à la veille de l'échéance.",
            "Relire les promesses de l'avant-vente au kick-off.",
            "Garder une semaine de marge avant toute mise en ligne.");

    private final DemoPeople people;
    private final DemoStory story;
    private final Random random;

    DemoFeedback(DemoPeople people, DemoStory story, Random random) {
        this.people = people;
        this.story = story;
        this.random = random;
    }

    /** The client's word at the end of a project, if somebody wrote it down. */
    DemoDraft fromClient(DemoProjects.Project project) {
        LocalDate date = project.end().plusDays(3 + random.nextInt(10));
        if (!date.isBefore(story.today()) || random.nextDouble() >= story.propensity(date, project.work().team)) {
            return null;
        }
        int roll = random.nextInt(100);
        boolean rushed = story.inBusyQuarter(project.end());
        KindFields.Sentiment sentiment = roll < (rushed ? 20 : 60) ? KindFields.Sentiment.POSITIVE
                : roll < (rushed ? 45 : 85) ? KindFields.Sentiment.NEUTRAL : KindFields.Sentiment.NEGATIVE;
        String quote = pick(random, switch (sentiment) {
            case POSITIVE -> POSITIVE;
            case NEUTRAL -> NEUTRAL;
            case NEGATIVE -> NEGATIVE;
        });
        DemoPeople.Member author = people.pick(random, 1, date);
        String body = "Bilan de fin de projet avec " + project.client().contact() + " (" + project.client().name() + ", "
                + project.client().sector() + ").\n\n## Ce qui a été dit\n\n> « " + quote + " »\n\n## Ce que nous en retenons\n\n"
                + bullets(DemoText.some(random, LESSONS, 1, 2));
        return new DemoDraft(DocumentKind.FEEDBACK, 1, author, story.during(date, random), "Retour client : " + project.name())
                .body(body).tags(List.of("client", "bilan", DemoMeetings.slugTag(project.client().name())))
                .fields(KindFields.EMPTY.withFeedback(KindFields.FeedbackSource.CLIENT, sentiment, followUp(date, sentiment)));
    }

    /** Feedback about our methods, from a topic: quotes, what we learn, what we do about it. */
    DemoDraft fromTopic(DemoTopic topic) {
        LocalDate date = topic.firstWritten(story, people, random);
        DemoPeople.Member author = people.pick(random, topic.team(), date);
        KindFields.Sentiment sentiment = KindFields.Sentiment.valueOf(topic.field("sentiment"));
        KindFields.FeedbackSource source = KindFields.FeedbackSource.valueOf(
                topic.field("source") == null ? "TEAM" : topic.field("source"));
        StringBuilder body = new StringBuilder(topic.field("intro") == null ? "" : topic.field("intro") + "\n\n");
        body.append("## Ce qui a été dit\n\n");
        topic.all("quote").forEach(quote -> body.append("> « ").append(quote).append(" »\n\n"));
        body.append("## Ce que nous en retenons\n\n").append(bullets(topic.all("learn")));
        if (!topic.core().isEmpty()) {
            body.append('\n').append(topic.core());
        }
        return new DemoDraft(DocumentKind.FEEDBACK, topic.team(), author, story.during(date, random), topic.title())
                .body(body.toString().strip()).tags(topic.tags())
                .visibility("SPACE".equals(topic.field("visibility")) ? Visibility.SPACE : Visibility.COMPANY, Set.of())
                .fields(KindFields.EMPTY.withFeedback(source, sentiment, followUp(date, sentiment)));
    }

    private KindFields.FollowUp followUp(LocalDate date, KindFields.Sentiment sentiment) {
        boolean recent = date.isAfter(story.today().minusDays(60));
        if (sentiment == KindFields.Sentiment.POSITIVE) {
            return recent && random.nextBoolean() ? KindFields.FollowUp.TO_DO : KindFields.FollowUp.NONE_NEEDED;
        }
        return recent ? (random.nextBoolean() ? KindFields.FollowUp.TO_DO : KindFields.FollowUp.IN_PROGRESS) : KindFields.FollowUp.DONE;
    }
}
