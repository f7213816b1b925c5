package io.relais.demo;

import static io.relais.demo.DemoText.bullets;
import static io.relais.demo.DemoText.day;
import static io.relais.demo.DemoText.month;
import static io.relais.demo.DemoText.pick;
import static io.relais.demo.DemoText.some;

import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Minutes of the meetings that really happened: client kick-offs and steering committees, team
 * retrospectives every other month and the monthly agency meeting. Whether a meeting left minutes
 * follows {@link DemoStory#propensity}: rarely at first, often later, seldom in the busy quarter,
 * seldom in the lagging team.
 */
final class DemoMeetings {

    /** Where the action list goes in a body: all open when written, ticked when somebody updates the minutes. */
    private static final String ACTIONS = "\u0000actions\u0000";

    private static final List<String> KICKOFF_DECISIONS = List.of(
            "Un seul interlocuteur de chaque côté pour les validations",
            "Point d'avancement écrit chaque vendredi dans l'espace partagé",
            "Les maquettes sont validées en deux tours maximum",
            "Mise en ligne prévue un mardi matin, jamais un vendredi",
            "Les indicateurs de succès sont ceux de la proposition, mesurés chaque mois",
            "Le client fournit les contenus trois semaines avant la recette",
            "Les demandes hors périmètre passent par un avenant chiffré");
    private static final List<String> KICKOFF_ACTIONS = List.of(
            "Envoyer le compte rendu et le planning au client",
            "Obtenir les accès Analytics, Search Console et CMS",
            "Planifier l'atelier cibles et personas",
            "Créer l'espace projet partagé et y inviter le client",
            "Rédiger le brief créatif",
            "Lister les contenus existants à reprendre",
            "Préparer l'audit de l'existant");
    private static final List<String> STEERING_POINTS = List.of(
            "Planning tenu, la recette commence comme prévu",
            "Deux semaines de retard sur les contenus, côté client",
            "Budget consommé à 60 % pour 55 % de l'avancement",
            "Premiers résultats encourageants sur le trafic organique",
            "Le coût par acquisition baisse de 18 % depuis la refonte des annonces",
            "Le client souhaite ajouter une version anglaise",
            "Taux de clic des newsletters au-dessus de la moyenne du secteur",
            "Les maquettes mobiles sont validées, le desktop reste à revoir");
    private static final List<String> STEERING_DECISIONS = List.of(
            "Décaler la mise en ligne d'une semaine plutôt que de réduire la recette",
            "Chiffrer la version anglaise en avenant",
            "Réallouer 20 % du budget média vers les campagnes les plus rentables",
            "Ajouter un point écrit à mi-parcours",
            "Garder le périmètre, reporter les nouvelles demandes en phase 2");
    private static final List<String> WENT_WELL = List.of(
            "Les comptes rendus écrits le jour même : plus personne ne demande « on avait décidé quoi ? »",
            "Entraide entre équipes sur les livraisons de fin de mois",
            "Moins de réunions, plus de temps pour produire",
            "Les nouveaux arrivants ont trouvé les réponses dans Relais",
            "Les clients apprécient le point écrit du vendredi",
            "La checklist de mise en ligne a évité deux oublis",
            "Les revues de maquettes en asynchrone vont plus vite");
    private static final List<String> TO_IMPROVE = List.of(
            "Trop de messages directs, pas assez de réponses dans les documents",
            "Les estimations sous-évaluent toujours la recette",
            "Des décisions prises à l'oral et jamais écrites",
            "Les interruptions pendant les plages de concentration",
            "Les retours clients arrivent en retard et en vrac",
            "Personne ne relit les articles de la base de connaissances dont il est responsable",
            "Trop de projets en parallèle pour la même personne");
    private static final List<String> TRY_NEXT = List.of(
            "Bloquer deux matinées sans réunion par semaine",
            "Écrire la décision dans Relais avant de clore un fil de discussion",
            "Une relecture croisée pour chaque livrable client",
            "Une estimation en fourchette plutôt qu'en chiffre unique",
            "Un binôme pour chaque nouvel arrivant pendant un mois",
            "Relire nos articles dont la date de revue est dépassée");
    private static final List<String> TEAM_TOPICS = List.of(
            "Répartition des projets du mois et des congés à venir",
            "Retour sur la dernière livraison client",
            "Partage de veille : deux outils testés ce mois-ci",
            "Point sur les articles de la base de connaissances à relire",
            "Préparation des soutenances de fin de projet",
            "Organisation pendant les vacances scolaires",
            "Temps passé par client : où sont les dépassements",
            "Accueil du prochain arrivant dans l'équipe");
    private static final List<String> TEAM_DECISIONS = List.of(
            "Chaque livrable est relu par une autre personne de l'équipe",
            "Les demandes urgentes passent par le responsable d'équipe",
            "Une heure de veille partagée le dernier vendredi du mois",
            "Les congés d'été sont posés avant fin mars",
            "Un binôme par client pour éviter qu'une seule personne sache tout",
            "On termine un projet avant d'en commencer un nouveau");
    private static final List<String> AGENCY_NEWS = List.of(
            "Le taux de satisfaction client du trimestre est de 8,4/10",
            "Le chiffre d'affaires du mois est conforme au prévisionnel",
            "Les locaux de la Croix-Rousse accueillent désormais deux salles calmes",
            "Le séminaire d'agence aura lieu dans la Drôme au printemps",
            "La mutuelle change au 1er janvier : détails dans l'espace Direction & Opérations",
            "Le budget formation est ouvert : deux jours par personne et par an",
            "Nouveau process de notes de frais : tout passe par la photo du justificatif",
            "L'agence a obtenu le label Lucie pour sa démarche RSE");

    private final DemoPeople people;
    private final DemoStory story;
    private final List<DemoProjects.Project> projects;
    private final Random random;

    DemoMeetings(DemoPeople people, DemoStory story, List<DemoProjects.Project> projects, Random random) {
        this.people = people;
        this.story = story;
        this.projects = projects;
        this.random = random;
    }

    List<DemoDraft> drafts() {
        List<DemoDraft> drafts = new ArrayList<>();
        for (DemoProjects.Project project : projects) {
            kickOff(project, drafts);
            steeringCommittees(project, drafts);
        }
        teamMeetings(drafts);
        agencyMeetings(drafts);
        return drafts;
    }

    private boolean minutesWritten(LocalDate date, int team) {
        return random.nextDouble() < story.propensity(date, team);
    }

    private void kickOff(DemoProjects.Project project, List<DemoDraft> drafts) {
        LocalDate date = project.start();
        int team = project.work().team;
        if (!date.isBefore(story.today()) || !minutesWritten(date, team)) {
            return;
        }
        DemoPeople.Member lead = people.pick(random, 1, date);
        List<DemoPeople.Member> attendees = people.group(random, List.of(lead, people.pick(random, team, date)), -1, date, 4);
        List<String> decisions = some(random, KICKOFF_DECISIONS, 2, 3);
        List<KindFields.ActionItem> actions = actions(some(random, KICKOFF_ACTIONS, 2, 4), attendees, date);
        String body = "## Participants\n\n" + attendees.stream().map(DemoPeople.Member::mention).collect(Collectors.joining(", "))
                + " et, côté client, " + project.client().contact() + ".\n\n"
                + "## Objectifs\n\n" + objectives(project) + "\n"
                + "## Planning\n\n| Jalon | Date |\n|---|---|\n| Kick-off | " + day(date) + " |\n| Recette | "
                + day(project.end().minusWeeks(2)) + " |\n| Livraison | " + day(project.end()) + " |\n\n"
                + "## Décisions\n\n" + bullets(decisions) + "\n"
                + "## Actions\n\n" + ACTIONS + "\n"
                + "Déroulé suivi : {{doc:Comment nous menons un kick-off client}}.\n";
        drafts.add(minutes(team, lead, date, "Kick-off " + project.name(), body,
                "1. Tour de table\n2. Objectifs et indicateurs\n3. Planning et jalons\n4. Risques", attendees, decisions, actions,
                List.of("kick-off", "client", slugTag(project.client().name()))));
    }

    private void steeringCommittees(DemoProjects.Project project, List<DemoDraft> drafts) {
        for (LocalDate date = project.start().plusWeeks(5); date.isBefore(project.end()) && date.isBefore(story.today());
                date = date.plusWeeks(4 + random.nextInt(3))) {
            int team = project.work().team;
            LocalDate meeting = date.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            if (!meeting.isBefore(story.today()) || !minutesWritten(meeting, team)) {
                continue;
            }
            DemoPeople.Member lead = people.pick(random, 1, meeting);
            List<DemoPeople.Member> attendees = people.group(random, List.of(lead), team, meeting, 3);
            List<String> points = some(random, STEERING_POINTS, 2, 3);
            List<String> decisions = some(random, STEERING_DECISIONS, 1, 2);
            List<KindFields.ActionItem> actions = actions(List.of("Envoyer le compte rendu au client",
                    pick(random, List.of("Mettre à jour le planning", "Chiffrer les demandes de phase 2", "Préparer le bilan chiffré du mois"))),
                    attendees, meeting);
            String body = "Comité de pilotage avec " + project.client().contact() + " (" + project.client().name() + ").\n\n"
                    + "## Où en est-on\n\n" + bullets(points) + "\n## Décisions\n\n" + bullets(decisions)
                    + "\n## Actions\n\n" + ACTIONS;
            drafts.add(minutes(team, lead, meeting, "Comité de pilotage " + project.client().name() + " — " + day(meeting), body,
                    "1. Avancement\n2. Budget\n3. Risques et arbitrages", attendees, decisions, actions,
                    List.of("copil", "client", slugTag(project.client().name()))));
        }
    }

    /** Every month each team meets: a retrospective every other month, a team meeting in between. */
    private void teamMeetings(List<DemoDraft> drafts) {
        for (int team = 0; team < DemoOrganisation.TEAMS.size(); team++) {
            boolean retrospective = true;
            for (LocalDate month = story.founded().withDayOfMonth(1).plusMonths(2); month.isBefore(story.today().withDayOfMonth(1));
                    month = month.plusMonths(1), retrospective = !retrospective) {
                LocalDate date = month.with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY));
                List<DemoPeople.Member> members = people.team(team, date);
                if (members.size() < 3 || !date.isBefore(story.today()) || !minutesWritten(date, team)) {
                    continue;
                }
                if (retrospective) {
                    drafts.add(retrospective(team, date, members));
                } else {
                    drafts.add(teamMeeting(team, date, members));
                }
            }
        }
    }

    private DemoDraft teamMeeting(int team, LocalDate date, List<DemoPeople.Member> members) {
        DemoPeople.Member lead = people.lead(team);
        DemoPeople.Member author = lead.presentOn(date) && random.nextBoolean() ? lead : pick(random, members);
        List<String> topics = some(random, TEAM_TOPICS, 2, 3);
        List<String> decisions = some(random, TEAM_DECISIONS, 1, 2);
        List<KindFields.ActionItem> actions = actions(List.of(pick(random, List.of("Mettre à jour le planning de l'équipe",
                "Relire les deux articles dont la date de revue est passée", "Préparer l'accueil du nouvel arrivant",
                "Envoyer le bilan du mois à la direction"))), members, date);
        String body = "Réunion mensuelle de l'équipe " + DemoPeople.teamName(team) + " (" + members.size() + " personnes).\n\n"
                + "## Ordre du jour\n\n" + DemoText.numbered(topics) + "\n## Décisions\n\n" + bullets(decisions)
                + "\n## Actions\n\n" + ACTIONS;
        return minutes(team, author, date, "Réunion d'équipe " + DemoPeople.teamName(team) + " — " + month(date), body,
                DemoText.numbered(topics).strip(), members, decisions, actions, List.of("réunion-d-équipe", "équipe"))
                .visibility(Visibility.SPACE, Set.of());
    }

    private DemoDraft retrospective(int team, LocalDate date, List<DemoPeople.Member> members) {
        DemoPeople.Member author = pick(random, members);
        List<String> well = some(random, WENT_WELL, 2, 3);
        List<String> improve = some(random, TO_IMPROVE, 1, 3);
        List<String> tries = some(random, TRY_NEXT, 1, 2);
        if (story.inBusyQuarter(date)) {
            improve = List.of("Trois mises en ligne le même mois : plus personne n'a eu le temps d'écrire",
                    "Des soirées et des week-ends, ce n'est pas tenable");
        }
        List<KindFields.ActionItem> actions = actions(tries, members, date);
        String body = "Rétrospective de l'équipe " + DemoPeople.teamName(team) + ", animée par " + author.mention() + ".\n\n"
                + "## Ce qui a bien marché\n\n" + bullets(well) + "\n## Ce qui a coincé\n\n" + bullets(improve)
                + "\n## Ce qu'on essaie\n\n" + ACTIONS;
        return minutes(team, author, date, "Rétrospective " + DemoPeople.teamName(team) + " — " + month(date), body,
                "1. Ce qui a bien marché\n2. Ce qui a coincé\n3. Ce qu'on essaie", members, tries, actions,
                List.of("rétrospective", "équipe")).visibility(Visibility.SPACE, Set.of());
    }

    private void agencyMeetings(List<DemoDraft> drafts) {
        for (LocalDate month = story.founded().withDayOfMonth(1).plusMonths(1); month.isBefore(story.today().withDayOfMonth(1));
                month = month.plusMonths(1)) {
            LocalDate date = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
            if (!minutesWritten(date, DemoStory.COMPANY)) {
                continue;
            }
            LocalDate previous = month.minusMonths(1);
            LocalDate current = month;
            List<DemoPeople.Member> arrivals = people.presentOn(date).stream()
                    .filter(m -> !m.start().isBefore(previous) && m.start().isBefore(current)).toList();
            List<DemoProjects.Project> signed = projects.stream()
                    .filter(p -> !p.start().isBefore(previous) && p.start().isBefore(current)).toList();
            DemoPeople.Member author = people.get(random.nextBoolean() ? "claire.fontaine" : people.presentOn(date).size() > 10 ? "sophie.laurent" : "claire.fontaine");
            StringBuilder body = new StringBuilder("Point d'agence mensuel, " + people.presentOn(date).size() + " personnes.\n\n");
            body.append("## Arrivées\n\n").append(arrivals.isEmpty() ? "Pas d'arrivée ce mois-ci.\n"
                    : bullets(arrivals.stream().map(m -> "Bienvenue à " + m.mention() + " (" + DemoPeople.teamName(m.team()) + ")").toList()));
            body.append("\n## Nouveaux projets\n\n").append(signed.isEmpty() ? "Pas de nouveau projet signé.\n"
                    : bullets(signed.stream().map(p -> p.client().name() + " : " + p.work().label).toList()));
            body.append("\n## Nouvelles de l'agence\n\n").append(bullets(some(random, AGENCY_NEWS, 1, 2)));
            List<String> decisions = date.isBefore(story.asyncSince()) ? List.of() : List.of(pick(random, List.of(
                    "Les questions du point d'agence sont posées à l'avance dans Relais",
                    "L'enregistrement du point d'agence est partagé pour les collègues à distance",
                    "Le point d'agence passe à 30 minutes, le reste se lit dans Relais")));
            List<DemoPeople.Member> attendees = people.group(random, List.of(author), -1, date, 12);
            drafts.add(minutes(DemoStory.COMPANY, author, date, "Point d'agence — " + month(date), body.toString(),
                    "1. Arrivées\n2. Projets\n3. Nouvelles de l'agence\n4. Questions", attendees, decisions, List.of(),
                    List.of("point-d-agence", "rituel")));
        }
    }

    private String objectives(DemoProjects.Project project) {
        return bullets(switch (project.work()) {
            case WEBSITE, ECOMMERCE -> List.of("Taux de conversion : +20 % en six mois", "Temps de chargement mobile sous 2,5 s",
                    "Autonomie du client sur les contenus");
            case SEO -> List.of("Trafic organique : +30 % en un an", "Top 3 sur les dix requêtes prioritaires");
            case SEA -> List.of("Coût par acquisition sous 25 €", "Retour sur dépenses publicitaires supérieur à 4");
            case SOCIAL, CONTENT -> List.of("Engagement : +15 % par trimestre", "Une ligne éditoriale que le client s'approprie");
            case BRAND -> List.of("Une identité déclinable sur tous les supports", "Une charte livrée avec ses gabarits");
            case CRM -> List.of("Taux d'ouverture au-dessus de 30 %", "Une base de contacts nettoyée et conforme RGPD");
            case TRACKING -> List.of("Toutes les conversions mesurées", "Un tableau de bord unique pour le client");
        });
    }

    private List<KindFields.ActionItem> actions(List<String> texts, List<DemoPeople.Member> owners, LocalDate date) {
        List<KindFields.ActionItem> actions = new ArrayList<>();
        for (String text : texts) {
            LocalDate due = date.plusDays(3 + random.nextInt(12));
            boolean done = due.isBefore(story.today().minusDays(10)) ? random.nextDouble() < 0.9 : random.nextDouble() < 0.3;
            actions.add(new KindFields.ActionItem(text, pick(random, owners).id(), due, done));
        }
        return actions;
    }

    private String actionList(List<KindFields.ActionItem> actions) {
        StringBuilder text = new StringBuilder();
        for (KindFields.ActionItem action : actions) {
            text.append("- [").append(action.done() ? "x" : " ").append("] ").append(action.text()).append(" — ")
                    .append(handleOf(action.assigneeId())).append(", pour le ").append(day(action.dueDate())).append('\n');
        }
        return text.toString();
    }

    private String handleOf(long id) {
        return people.presentOn(story.today()).stream().filter(m -> m.id() == id).findFirst().map(DemoPeople.Member::mention).orElse("");
    }

    private DemoDraft minutes(int space, DemoPeople.Member author, LocalDate date, String title, String body, String agenda,
            List<DemoPeople.Member> attendees, List<String> decisions, List<KindFields.ActionItem> actions, List<String> tags) {
        Set<Long> attendeeIds = attendees.stream().map(DemoPeople.Member::id).collect(Collectors.toCollection(LinkedHashSet::new));
        LocalDate written = date.plusDays(story.adoption(date) > 0.7 ? 0 : 1 + random.nextInt(3));
        List<KindFields.ActionItem> open = actions.stream()
                .map(a -> new KindFields.ActionItem(a.text(), a.assigneeId(), a.dueDate(), false)).toList();
        DemoDraft draft = new DemoDraft(DocumentKind.MINUTES, space, author,
                story.during(written.isBefore(story.today()) ? written : date, random), title)
                .body(body.replace(ACTIONS, actionList(open))).tags(tags)
                .fields(KindFields.EMPTY.withMeeting(date, agenda, attendeeIds, decisions, open));
        LocalDate lastDue = actions.stream().map(KindFields.ActionItem::dueDate).max(LocalDate::compareTo).orElse(date);
        LocalDate ticked = story.later(random, lastDue, 7);
        if (actions.stream().anyMatch(KindFields.ActionItem::done) && ticked != null && ticked.isAfter(written)) {
            Set<Long> assignees = actions.stream().filter(KindFields.ActionItem::done).map(KindFields.ActionItem::assigneeId)
                    .collect(Collectors.toSet());
            DemoPeople.Member editor = attendees.stream().filter(m -> assignees.contains(m.id())).findFirst().orElse(author);
            draft.edit(editor, story.during(ticked, random), body.replace(ACTIONS, actionList(actions)),
                    KindFields.EMPTY.withMeeting(date, agenda, attendeeIds, decisions, actions), null);
        }
        return draft;
    }

    static String slugTag(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
