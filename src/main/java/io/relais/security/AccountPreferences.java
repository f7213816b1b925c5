package io.relais.security;

import java.util.Locale;

/** What the shell applies when a person opens Relais: language (null = browser's) and colours. */
public record AccountPreferences(Locale locale, ColorScheme colorScheme) {
}
