package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.docs.internal.Slugs;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void foldsAccentsLowercasesAndHyphenates() {
        assertThat(Slugs.of("Décision : passer aux stand-ups asynchrones")).isEqualTo("decision-passer-aux-stand-ups-asynchrones");
        assertThat(Slugs.of("  Œuvre d'Été — ÇA marche !! ")).isEqualTo("oeuvre-d-ete-ca-marche");
        assertThat(Slugs.of("Problème : pixel de tracking manquant")).isEqualTo("probleme-pixel-de-tracking-manquant");
    }

    @Test
    void neverEmptyNorTooLong() {
        assertThat(Slugs.of("!!! 🙈 ???")).isEqualTo("document");
        assertThat(Slugs.of("田中さん")).isEqualTo("document");
        assertThat(Slugs.of("mot ".repeat(100))).hasSizeLessThanOrEqualTo(200).doesNotEndWith("-");
    }

    @Test
    void uniqueSlugsGetANumber() {
        Set<String> taken = Set.of("kick-off", "kick-off-2");
        assertThat(Slugs.unique("Kick-off", taken::contains)).isEqualTo("kick-off-3");
        assertThat(Slugs.unique("Autre", taken::contains)).isEqualTo("autre");
    }
}
