package io.relais.docs.internal;

import io.relais.docs.DocumentKind;

/** The Markdown each kind starts from, in the writer's language: structure, not content. */
public final class DocumentTemplates {

    private DocumentTemplates() {
    }

    public static String body(DocumentKind kind, String language) {
        boolean fr = !"en".equals(language);
        return switch (kind) {
            case ARTICLE -> fr
                    ? "## En bref\n\n\n## Détails\n\n\n## Pour aller plus loin\n\n"
                    : "## In short\n\n\n## Details\n\n\n## Further reading\n\n";
            case MINUTES -> fr
                    ? "## Ordre du jour\n\n- \n\n## Discussion\n\n\n## Prochaines étapes\n\n- [ ] \n"
                    : "## Agenda\n\n- \n\n## Discussion\n\n\n## Next steps\n\n- [ ] \n";
            case DECISION -> fr
                    ? "## Options envisagées\n\n1. \n2. \n\n## Conséquences\n\n"
                    : "## Options considered\n\n1. \n2. \n\n## Consequences\n\n";
            case PROBLEM -> fr
                    ? "## Symptômes\n\n\n## Diagnostic\n\n\n## Comment l'éviter\n\n"
                    : "## Symptoms\n\n\n## Diagnosis\n\n\n## How to avoid it\n\n";
            case FEEDBACK -> fr
                    ? "## Ce qui a été dit\n\n> \n\n## Ce que nous en retenons\n\n\n## Suite donnée\n\n"
                    : "## What was said\n\n> \n\n## What we take from it\n\n\n## Follow-up\n\n";
        };
    }
}
