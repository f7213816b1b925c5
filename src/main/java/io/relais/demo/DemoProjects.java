package io.relais.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The agency's clients and the projects the demo documents talk about (kick-offs, steering
 * committees, problems, client feedback). Projects start more often as the agency grows; three
 * launches are delivered during the busy quarter.
 */
final class DemoProjects {

    enum Work {
        WEBSITE("refonte du site", 3, 16), ECOMMERCE("boutique en ligne", 3, 20), SEO("audit et plan SEO", 4, 10),
        SEA("campagnes Google Ads", 4, 12), SOCIAL("stratégie réseaux sociaux", 5, 12), BRAND("identité visuelle", 2, 10),
        CONTENT("plan éditorial", 5, 12), CRM("programme CRM et newsletter", 1, 12), TRACKING("plan de marquage analytics", 3, 6);

        final String label;
        final int team;
        final int weeks;

        Work(String label, int team, int weeks) {
            this.label = label;
            this.team = team;
            this.weeks = weeks;
        }
    }

    record Client(String name, String sector, String contact) {
    }

    record Project(Client client, Work work, LocalDate start, LocalDate end) {

        String name() {
            return client.name() + " — " + work.label;
        }

        boolean activeOn(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }

    /** Named like the clients of the client directory, so documents and clients meet. */
    static final List<Client> CLIENTS = List.of(
            new Client("Maison Verdier", "épicerie fine en ligne", "Hélène Verdier"),
            new Client("Cycles Berthier", "vélos et ateliers de réparation", "Marc Berthier"),
            new Client("Brasserie du Confluent", "brasserie artisanale", "Yohan Perret"),
            new Client("Salon Vins & Terroirs", "salon professionnel", "Agnès Roche"),
            new Client("Fromagerie Bouvier", "fromagerie et crèmerie", "Bruno Bouvier"),
            new Client("Clinique du Parc", "clinique privée", "Dr Karim Belkacem"),
            new Client("Musée des Tissus", "musée", "Cécile Aubry"),
            new Client("Immobilière Rhône-Alpes", "promotion immobilière", "François Ravel"),
            new Client("Transports Lacroix", "transport et logistique", "Pierre Lacroix"),
            new Client("Atelier Sauvage", "maroquinerie artisanale", "Élise Dumas"),
            new Client("Hôtel des Célestins", "hôtel 4 étoiles à Lyon", "Sandrine Vial"),
            new Client("Laboratoires Genest", "cosmétiques et compléments alimentaires", "Amélie Tardy"),
            new Client("Chocolaterie Morin", "chocolaterie artisanale", "Olivier Morin"),
            new Client("Papeterie Fleury", "papeterie en ligne", "Nadia Fleury"),
            new Client("Coopérative Bio Vallée", "coopérative agricole bio", "Lise Faure"),
            new Client("Lyon Padel Club", "club de sport", "David Chabert"));

    private DemoProjects() {
    }

    /**
     * About one new project a month once the agency has its first clients, more as it grows;
     * each client comes back for other kinds of work.
     */
    static List<Project> projects(DemoStory story, Random random) {
        List<Project> projects = new ArrayList<>();
        LocalDate start = story.founded().plusWeeks(3);
        int index = 0;
        while (start.isBefore(story.today().minusWeeks(2))) {
            Client client = CLIENTS.get(index % CLIENTS.size());
            Work work = Work.values()[(index * 7 + index / CLIENTS.size()) % Work.values().length];
            LocalDate end = start.plusWeeks(work.weeks + random.nextInt(4));
            projects.add(new Project(client, work, start, end));
            double progress = (start.toEpochDay() - story.founded().toEpochDay()) / (double) (story.today().toEpochDay() - story.founded().toEpochDay());
            start = start.plusDays(Math.round(38 - 24 * progress) + random.nextInt(8));
            index++;
        }
        projects.sort(Comparator.comparing(Project::start));
        return List.copyOf(projects);
    }
}
