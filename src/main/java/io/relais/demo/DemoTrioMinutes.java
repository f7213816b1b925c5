package io.relais.demo;

import io.relais.docs.KindFields;
import io.relais.people.PersonRef;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Minutes of the Monday trio, the one synchronous weekly ritual: three people from different
 * teams, rotating, every eight weeks over three years in the demo.
 */
final class DemoTrioMinutes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private static final List<String[]> TOPICS = List.of(
            new String[] {"Charge de travail de l'équipe création", "Renfort freelance pour le salon Vins & Terroirs", "Valider le brief du freelance"},
            new String[] {"Retards de facturation", "Facturer le jour de la recette, pas à la fin du mois", "Mettre à jour le modèle de devis"},
            new String[] {"Accueil des nouveaux arrivants", "Un parrain par arrivée, hors de son équipe", "Lister les parrains volontaires"},
            new String[] {"Rapports clients trop longs", "Tester une synthèse d'une page", "Préparer le gabarit de synthèse"},
            new String[] {"Outils de visio", "Garder un seul outil", "Résilier les abonnements en double"},
            new String[] {"Budget formation", "Deux jours de formation par personne et par an", "Recueillir les souhaits de formation"},
            new String[] {"Astreinte des sites clients", "Astreinte tournante entre développeurs", "Écrire la procédure d'astreinte"},
            new String[] {"Séminaire d'agence", "Séminaire de deux jours au printemps", "Réserver le lieu"},
            new String[] {"Veille SEO", "Une note de veille mensuelle partagée", "Rédiger la première note"});

    private final DemoDocuments.MinutesWriter writer;
    private final PersonService people;
    private final Clock clock;

    DemoTrioMinutes(DemoDocuments.MinutesWriter writer, PersonService people, Clock clock) {
        this.writer = writer;
        this.people = people;
        this.clock = clock;
    }

    void create() {
        LocalDate today = LocalDate.now(clock);
        List<PersonSummary> everybody = people.activePeople();
        int meeting = 0;
        for (int daysAgo = 1000; daysAgo > 0; daysAgo -= 56, meeting++) {
            LocalDate date = today.minusDays(daysAgo);
            List<PersonSummary> present = everybody.stream().filter(p -> !p.startDate().isAfter(date)).toList();
            if (present.size() < 3) {
                continue;
            }
            PersonSummary first = present.get(meeting % present.size());
            PersonSummary second = present.get((meeting * 7 + 1) % present.size());
            PersonSummary third = present.get((meeting * 13 + 2) % present.size());
            String[] topic = TOPICS.get(meeting % TOPICS.size());
            boolean past = daysAgo > 30;
            KindFields fields = KindFields.EMPTY.withMeeting(date, "1. Tour des équipes\n2. " + topic[0] + "\n3. Divers",
                    Set.of(first.id(), second.id(), third.id()), List.of(topic[1]),
                    List.of(new KindFields.ActionItem(topic[2], second.id(), date.plusDays(14), past),
                            new KindFields.ActionItem("Partager le compte rendu dans les équipes", first.id(), date.plusDays(2), past)));
            String body = "## Tour des équipes\n\nRAS côté " + first.teamName() + " ; " + second.teamName()
                    + " signale une semaine chargée.\n\n## " + topic[0] + "\n\nÉchange ouvert, décision : "
                    + topic[1].toLowerCase(Locale.FRENCH) + ".\n\n## Prochaines étapes\n\n- [" + (past ? "x" : " ") + "] "
                    + topic[2] + "\n";
            PersonRef author = new PersonRef(first.id(), first.firstName() + " " + first.lastName(), "");
            writer.write(author, "Trio du lundi — " + DATE.format(date), body, fields, daysAgo);
        }
    }
}
