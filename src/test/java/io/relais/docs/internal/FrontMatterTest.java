package io.relais.docs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.platform.UserFacingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterTest {

    @Test
    void readsKeysAndTheBodyBelow() {
        FrontMatter parsed = FrontMatter.parse("""
                ---
                title: "Kick-off client : la méthode"
                tags: [clients, méthode]
                visibility: public
                reviewBy: 2027-01-15
                ---

                # Corps
                """);

        assertThat(parsed.values()).containsEntry("title", "Kick-off client : la méthode")
                .containsEntry("tags", List.of("clients", "méthode")).containsEntry("visibility", "public");
        assertThat(DocumentFrontMatter.date(parsed.values(), "reviewBy")).hasToString("2027-01-15");
        assertThat(parsed.body()).isEqualTo("\n# Corps\n");
    }

    @Test
    void aFileWithoutFrontMatterIsAllBodyAndWindowsLineEndingsAndBomAreAccepted() {
        assertThat(FrontMatter.parse("# Titre\n\nTexte").values()).isEmpty();
        FrontMatter parsed = FrontMatter.parse("\uFEFF---\r\ntitle: Windows\r\n...\r\nTexte\r\n");
        assertThat(parsed.values()).containsEntry("title", "Windows");
        assertThat(parsed.body()).isEqualTo("Texte\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // arbitrary classes: SafeConstructor refuses every global tag
            "---\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n---\n",
            "---\nx: !!java.io.File /etc/passwd\n---\n",
            // billion laughs
            "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                    + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n",
            // duplicate keys would make "which title?" ambiguous
            "---\ntitle: a\ntitle: b\n---\n",
            // deep nesting
            "---\nx: [[[[[[[[[[[[1]]]]]]]]]]]]\n---\n",
            // not a mapping, not YAML, not closed
            "---\n- a\n- b\n---\n",
            "---\ntitle: [unclosed\n---\n",
            "---\ntitle: never closed\n"})
    void hostileOrBrokenFrontMatterIsRefusedWithAReason(String text) {
        assertThatThrownBy(() -> FrontMatter.parse(text)).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).startsWith("import.reason.front-matter"));
    }

    @Test
    void oversizedFrontMatterIsRefused() {
        String text = "---\ntitle: " + "x".repeat(FrontMatter.MAX_CHARS + 1) + "\n---\n";
        assertThatThrownBy(() -> FrontMatter.parse(text)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("import.reason.front-matter-too-long");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "Décision : « async » — 100 % ? #1: yes/no");
        values.put("slug", "decision-async");
        values.put("reviewBy", "2027-03-31");
        values.put("tags", List.of("true", "null", "1.0"));
        values.put("agenda", "Ligne 1\nLigne 2: suite\n- tiret");
        String body = "---\nUn corps qui commence par trois tirets.\n";

        FrontMatter parsed = FrontMatter.parse(FrontMatter.write(values, body));

        assertThat(parsed.values()).isEqualTo(values);
        assertThat(parsed.body().strip()).isEqualTo(body.strip());
    }
}
