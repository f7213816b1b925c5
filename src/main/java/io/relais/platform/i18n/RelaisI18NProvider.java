package io.relais.platform.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations for the whole application, in French and English.
 *
 * <p>Each feature keeps its own bundle pair under {@code i18n/} ({@code people_fr.properties},
 * {@code people_en.properties}, ...) so features can grow without touching a shared file; keys are
 * prefixed by the feature and must be unique. Files are read as UTF-8.
 */
@Component
public class RelaisI18NProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(RelaisI18NProvider.class);

    private final Map<String, Map<String, String>> messagesByLanguage;

    public RelaisI18NProvider() {
        this.messagesByLanguage = new HashMap<>();
        for (Locale locale : LOCALES) {
            messagesByLanguage.put(locale.getLanguage(), load(locale.getLanguage()));
        }
    }

    /** All bundle files of one language, merged. Package-visible for the completeness test. */
    static Map<String, String> load(String language) {
        Map<String, String> merged = new HashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_" + language + ".properties");
            for (Resource file : files) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((key, value) -> {
                    if (merged.put((String) key, (String) value) != null) {
                        throw new IllegalStateException("Translation key defined twice: " + key);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(merged);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        String pattern = messagesByLanguage.get(effective.getLanguage()).get(key);
        if (pattern == null) {
            log.warn("Missing translation for key '{}' ({})", key, effective);
            return "!" + key + "!";
        }
        // Every value is a MessageFormat pattern (apostrophes doubled), with or without arguments.
        return new MessageFormat(pattern, effective).format(params == null ? new Object[0] : params);
    }

    /** The supported locale closest to the requested one; French is the house language. */
    public static Locale supported(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return FRENCH;
    }
}
