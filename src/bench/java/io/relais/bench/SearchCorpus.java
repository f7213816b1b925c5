package io.relais.bench;

import io.relais.search.SearchEntry;
import io.relais.search.SearchSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A generated corpus of French and English intranet documents, about 5 KB each, reproducible
 * from a seed: document {@code i} is always the same text. Words follow a skewed (Zipf-like)
 * distribution over a vocabulary of agency work, as real writing does, so some words are in most
 * documents and others in a handful.
 */
final class SearchCorpus {

    static final String[] KINDS = {"ARTICLE", "MINUTES", "DECISION", "PROBLEM", "FEEDBACK"};
    static final String[] SPACES = {"Tech & Data", "Stratégie & Clients", "Création", "Contenu & Social",
            "Média & Performance", "Direction & Opérations", "Toute l'agence", "RH"};
    static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    static final long SPAN_MILLIS = 3L * 365 * 24 * 3600 * 1000;
    private static final int TARGET_CHARS = 5_000;

    static final String[] FRENCH = words("""
            équipe projet client campagne réunion décision budget planning livrable maquette rédaction contenu
            stratégie marque réseau social publicité référencement analyse performance tableau indicateur objectif
            trimestre semaine lundi vendredi recrutement intégration formation entretien retour satisfaction
            problème solution incident correction déploiement serveur application mobile site page article
            newsletter vidéo photo graphisme typographie couleur logo charte identité présentation proposition
            devis facture contrat signature juridique conformité sécurité données confidentialité sauvegarde
            migration outil logiciel licence abonnement fournisseur partenaire agence bureau télétravail congé
            planification priorité risque hypothèse scénario tendance marché concurrence prix tarif remise
            commande livraison délai retard qualité validation relecture correction traduction version brouillon
            atelier séminaire rituel trio rétrospective démonstration sprint backlog ticket estimation charge
            équilibre bien-être mentorat parrainage nouveaux arrivants accueil parcours compétence évaluation
            objectifs annuel prime salaire grille carrière évolution mobilité départ remplacement transmission
            documentation procédure guide modèle gabarit checklist note compte rendu ordre jour participant
            action responsable échéance suivi relance clôture archive historique révision publication lecture
            le la les des du un une et est pour dans que qui sur pas avec nous vous sont au aux ce cette
            il elle on mais ou donc car si plus très bien aussi comme tout tous faire avoir être leur notre
            """);
    static final String[] ENGLISH = words("""
            team project client campaign meeting decision budget planning deliverable mockup writing content
            strategy brand network social advertising search optimisation analysis performance dashboard metric
            goal quarter week monday friday hiring onboarding training interview feedback satisfaction problem
            solution incident fix deployment server application mobile website page article newsletter video
            photo design typography colour logo guideline identity presentation proposal quote invoice contract
            signature legal compliance security data privacy backup migration tool software licence subscription
            supplier partner agency office remote leave scheduling priority risk assumption scenario trend market
            competition price rate discount order delivery deadline delay quality approval review translation
            version draft workshop seminar ritual retrospective demo sprint backlog ticket estimate workload
            balance wellbeing mentoring buddy newcomer welcome journey skill appraisal annual bonus salary career
            growth mobility departure handover documentation procedure guide template checklist note minutes
            agenda attendee action owner due follow closing archive history revision publishing reading
            the and is are for in that with to of we you this not on it be was by an our from they will
            have has but or so if more very well also as all do can should would which what when how
            """);

    private SearchCorpus() {
    }

    private static String[] words(String text) {
        return text.strip().split("\\s+");
    }

    /** A word, the first ones of the vocabulary much more often than the last (skewed). */
    static String word(Random random, String[] vocabulary) {
        double skew = Math.pow(random.nextDouble(), 2.2);
        return vocabulary[(int) (skew * vocabulary.length)];
    }

    static String language(int i) {
        return i % 5 < 3 ? "fr" : "en";
    }

    /** Document {@code i}. */
    static SearchEntry document(int i) {
        Random random = new Random(0x5EA2C4L * 31 + i);
        String language = language(i);
        String[] vocabulary = "fr".equals(language) ? FRENCH : ENGLISH;
        StringBuilder title = new StringBuilder();
        int titleWords = 3 + random.nextInt(5);
        for (int w = 0; w < titleWords; w++) {
            String word = word(random, vocabulary);
            title.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
        }
        StringBuilder body = new StringBuilder(TARGET_CHARS + 200);
        while (body.length() < TARGET_CHARS) {
            int sentence = 8 + random.nextInt(14);
            for (int w = 0; w < sentence; w++) {
                String word = word(random, vocabulary);
                body.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(w == sentence - 1 ? ". " : " ");
            }
            if (random.nextInt(6) == 0) {
                body.append("\n\n");
            }
        }
        String kind = KINDS[random.nextInt(KINDS.length)];
        String space = SPACES[random.nextInt(SPACES.length)];
        String author = "Auteur" + (1 + random.nextInt(50)) + " Personne";
        Instant updated = START.plusMillis((long) (random.nextDouble() * SPAN_MILLIS));
        List<String> tags = List.of(vocabulary[random.nextInt(40)]);
        return new SearchEntry("document", Integer.toString(i), kind, title.toString().strip(), body.toString(), language,
                "/docs/" + i + "/doc-" + i, updated, space, null, tags, author, List.of(), Set.of(SearchSource.EVERYONE));
    }

    /** The query mix, reproducible from its seed: one word, several words, phrase, typo, filtered. */
    static List<BenchQuery> queries(int perType, long seed) {
        Random random = new Random(seed);
        List<BenchQuery> queries = new ArrayList<>();
        for (int q = 0; q < perType; q++) {
            String[] vocabulary = q % 2 == 0 ? FRENCH : ENGLISH;
            // content words only (the vocabulary's last lines are function words)
            String one = vocabulary[random.nextInt(vocabulary.length - 70)];
            String two = vocabulary[random.nextInt(vocabulary.length - 70)];
            String three = vocabulary[random.nextInt(vocabulary.length - 70)];
            queries.add(new BenchQuery("one word", one, one, null, null));
            queries.add(new BenchQuery("multi-word", one + " " + two + " " + three, "+" + one + " +" + two + " +" + three, null, null));
            SearchEntry source = document(random.nextInt(1000));
            String[] words = source.body().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ").trim().split("\\s+");
            int at = random.nextInt(words.length - 3);
            String phrase = words[at] + " " + words[at + 1] + " " + words[at + 2];
            queries.add(new BenchQuery("phrase", "\"" + phrase + "\"", "\"" + phrase + "\"", null, null));
            String longWord = one.length() >= 6 ? one : vocabulary[random.nextInt(120)];
            int cut = 2 + random.nextInt(Math.max(1, longWord.length() - 3));
            String typo = longWord.substring(0, cut) + longWord.charAt(cut + 1) + longWord.charAt(cut) + longWord.substring(cut + 2);
            queries.add(new BenchQuery("fuzzy", typo, typo, null, null));
            String kind = KINDS[random.nextInt(KINDS.length)];
            queries.add(new BenchQuery("filtered", one + " kind:" + kind.toLowerCase(Locale.ROOT) + " after:2024",
                    one, kind, "2025-01-01"));
        }
        return queries;
    }

    /**
     * One query, as Lucene's query language and as MariaDB's boolean-mode text with its filters.
     * {@code after} is the first day included.
     */
    record BenchQuery(String type, String text, String mariaDbText, String kind, String after) {
    }
}
