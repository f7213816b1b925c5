package io.relais.demo;

import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Minutes of the Monday trio, the one synchronous weekly ritual kept when the daily stand-up
 * went asynchronous: the trios of {@link DemoTrioRotation}, people from different teams. The demo
 * keeps one set of minutes every four weeks, fewer in the busy quarter, mostly written the same
 * day, sometimes days later (the ritual reports count minutes written within 24 hours).
 */
final class DemoTrioMinutes {

    private record Topic(String subject, String discussion, String decision, String action) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("Charge de travail de l'équipe création", "Trois projets livrent la même semaine ; la création sature.",
                    "Renfort freelance pour le salon Vins & Terroirs", "Valider le brief du freelance"),
            new Topic("Retards de facturation", "Les factures partent en fin de mois, parfois six semaines après la recette.",
                    "Facturer le jour de la recette, pas à la fin du mois", "Mettre à jour le modèle de devis"),
            new Topic("Accueil des nouveaux arrivants", "Deux arrivées ce mois-ci, et personne n'était prévu pour les accueillir le lundi.",
                    "Un parrain par arrivée, hors de son équipe", "Lister les parrains volontaires"),
            new Topic("Rapports clients trop longs", "Les clients ne lisent pas nos rapports de vingt pages.",
                    "Tester une synthèse d'une page", "Préparer le gabarit de synthèse"),
            new Topic("Outils de visio", "Deux outils de visio payants, utilisés chacun à moitié.",
                    "Garder un seul outil", "Résilier les abonnements en double"),
            new Topic("Budget formation", "Le budget formation n'a été utilisé qu'à 30 % l'an dernier.",
                    "Deux jours de formation par personne et par an", "Recueillir les souhaits de formation"),
            new Topic("Astreinte des sites clients", "Un site client est tombé un samedi et personne ne savait qui appeler.",
                    "Astreinte tournante entre développeurs", "Écrire la procédure d'astreinte"),
            new Topic("Séminaire d'agence", "L'agence a doublé depuis le dernier séminaire.",
                    "Séminaire de deux jours au printemps", "Réserver le lieu"),
            new Topic("Veille SEO", "Chacun fait sa veille dans son coin, rien n'est partagé.",
                    "Une note de veille mensuelle partagée", "Rédiger la première note"),
            new Topic("Plages sans réunion", "Les développeurs n'ont plus deux heures d'affilée pour coder.",
                    "Mardi et jeudi matin sans réunion pour tout le monde", "Annoncer la règle au point d'agence"),
            new Topic("Demandes clients par messagerie", "Les clients écrivent à tout le monde sur la messagerie instantanée.",
                    "Une adresse de projet par client, suivie par le chef de projet", "Prévenir les clients actifs"),
            new Topic("Documents sans responsable", "Une vingtaine d'articles de la base ne sont plus à jour.",
                    "Chaque article a un responsable et une date de revue", "Attribuer les articles orphelins"),
            new Topic("Point quotidien de l'équipe acquisition", "L'équipe SEO/SEA garde son appel quotidien de 30 minutes.",
                    "L'équipe essaie le point écrit deux jours par semaine", "Faire un bilan dans deux mois"),
            new Topic("Qualité des briefs clients", "Les briefs arrivent incomplets et on découvre le besoin en production.",
                    "Un modèle de brief obligatoire avant tout devis", "Partager le modèle avec les chefs de projet"),
            new Topic("Télétravail", "Certains jours, l'agence est vide ; d'autres, il n'y a plus de place.",
                    "Deux jours de présence communs : mardi et jeudi", "Mettre à jour la charte de télétravail"),
            new Topic("Suivi du temps passé", "On ne sait pas quels clients sont rentables.",
                    "Saisie du temps chaque vendredi, par projet", "Configurer les projets dans le tableur"));

    /** The minutes of trio number {@code number} (from 1) of that Monday. */
    record TrioMinutes(LocalDate monday, int number, DemoDraft draft) {
    }

    /** When a trio meets, Paris time (the demo's ritual settings). */
    static final LocalTime TRIO_TIME = LocalTime.of(9, 30);
    private static final int LATE_ONE_IN = 6;

    private final DemoStory story;
    private final Map<LocalDate, DemoTrioRotation.Week> weeks;
    private final Random random;

    DemoTrioMinutes(DemoStory story, List<DemoTrioRotation.Week> weeks, Random random) {
        this.story = story;
        this.weeks = weeks.stream().collect(Collectors.toMap(DemoTrioRotation.Week::monday, week -> week));
        this.random = random;
    }

    List<DemoDraft> drafts() {
        return minutes().stream().map(TrioMinutes::draft).toList();
    }

    List<TrioMinutes> minutes() {
        List<TrioMinutes> result = new java.util.ArrayList<>();
        int meeting = 0;
        for (LocalDate date = story.asyncSince().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                date.isBefore(story.today()); date = date.plusWeeks(4), meeting++) {
            if (random.nextDouble() >= story.propensity(date, DemoStory.COMPANY) || !weeks.containsKey(date)) {
                continue;
            }
            List<List<DemoPeople.Member>> trios = weeks.get(date).trios();
            int number = numberOfATrio(trios, meeting);
            if (number == 0) {
                continue;
            }
            List<DemoPeople.Member> trio = trios.get(number - 1);
            DemoPeople.Member first = trio.get(0);
            DemoPeople.Member second = trio.get(1);
            DemoPeople.Member third = trio.get(2);
            Topic topic = TOPICS.get(meeting % TOPICS.size());
            boolean past = date.plusDays(14).isBefore(story.today());
            KindFields fields = KindFields.EMPTY.withMeeting(date, "1. Tour des équipes\n2. " + topic.subject() + "\n3. Divers",
                    trio.stream().map(DemoPeople.Member::id).collect(Collectors.toSet()), List.of(topic.decision()),
                    List.of(new KindFields.ActionItem(topic.action(), second.id(), date.plusDays(14), past),
                            new KindFields.ActionItem("Partager le compte rendu dans les équipes", first.id(), date.plusDays(2), past)));
            String body = "Trio : " + first.mention() + ", " + second.mention() + ", " + third.mention() + ".\n\n"
                    + "## Tour des équipes\n\n- " + DemoPeople.teamName(first.team()) + " : RAS.\n- "
                    + DemoPeople.teamName(second.team()) + " : semaine chargée, deux livraisons.\n- "
                    + DemoPeople.teamName(third.team()) + " : " + (story.inBusyQuarter(date) ? "en retard sur les contenus clients." : "rien à signaler.")
                    + "\n\n## " + topic.subject() + "\n\n" + topic.discussion() + "\n\n**Décision** : "
                    + topic.decision().toLowerCase(Locale.FRENCH) + ".\n\n## Prochaines étapes\n\n- [" + (past ? "x" : " ") + "] "
                    + topic.action() + " — " + second.mention() + "\n- [" + (past ? "x" : " ") + "] Partager le compte rendu — "
                    + first.mention() + "\n";
            result.add(new TrioMinutes(date, number, new DemoDraft(DocumentKind.MINUTES, DemoStory.COMPANY, first,
                    writtenAt(date), "Trio du lundi — " + DemoText.day(date)).body(body).fields(fields)
                    .tags(List.of("trio-du-lundi", "rituel"))));
        }
        return result;
    }

    /** The number (from 1) of a group of at least three, going round from the meeting's count; 0 if none. */
    private static int numberOfATrio(List<List<DemoPeople.Member>> trios, int meeting) {
        for (int i = 0; i < trios.size(); i++) {
            int index = (meeting + i) % trios.size();
            if (trios.get(index).size() >= 3) {
                return index + 1;
            }
        }
        return 0;
    }

    /** Mostly the same day after the trio; one time in six a day or more later (never after today). */
    private LocalDateTime writtenAt(LocalDate monday) {
        LocalDateTime sameDay = monday.atTime(TRIO_TIME).plusMinutes(40 + random.nextInt(420));
        LocalDateTime late = sameDay.plusDays(1 + random.nextInt(3)).plusHours(2);
        return random.nextInt(LATE_ONE_IN) == 0 && late.toLocalDate().isBefore(story.today()) ? late : sameDay;
    }
}
