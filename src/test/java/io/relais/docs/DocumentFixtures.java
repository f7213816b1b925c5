package io.relais.docs;

import java.util.Set;
import java.util.UUID;

/** Unique test documents: the suite shares one database. */
final class DocumentFixtures {

    private DocumentFixtures() {
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long spaceOfTeam(DocumentService documents, String teamName) {
        return documents.spaces().stream().filter(s -> s.name().equals(teamName)).findFirst().orElseThrow().id();
    }

    static DocumentForm form(long spaceId, String title, String body, Visibility visibility, Set<Long> readers) {
        return new DocumentForm(spaceId, title, body, "fr", visibility, Set.of(), readers, null, KindFields.EMPTY);
    }
}
