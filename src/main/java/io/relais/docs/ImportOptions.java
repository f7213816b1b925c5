package io.relais.docs;

/**
 * The defaults of an import, for what a file's front matter and folder do not say.
 *
 * @param defaultSpaceId the space of files whose front matter and folder name no space, or
 *     {@code null} to skip them
 * @param defaultVisibility who may read documents whose front matter does not say
 * @param defaultLanguage "fr" or "en", when the front matter does not say and the text is unclear
 */
public record ImportOptions(Long defaultSpaceId, Visibility defaultVisibility, String defaultLanguage) {

    public ImportOptions {
        defaultVisibility = defaultVisibility == null ? Visibility.SPACE : defaultVisibility;
        defaultLanguage = defaultLanguage == null || defaultLanguage.isBlank() ? "fr" : defaultLanguage;
    }
}
