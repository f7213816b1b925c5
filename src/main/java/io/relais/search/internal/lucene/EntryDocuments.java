package io.relais.search.internal.lucene;

import io.relais.search.SearchEntry;
import io.relais.search.SearchLink;
import java.time.ZoneOffset;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * Turns a {@link SearchEntry} into the Lucene document the index holds: the text three ways
 * (its language's analysis, plain, and everything together), filters as exact keys, facets, the
 * date for sorting and ranges, and the audience tokens the permission filter matches.
 */
public final class EntryDocuments {

    /** Text with positions and offsets, so the unified highlighter reads offsets from the postings. */
    private static final FieldType TEXT = textType(false);
    private static final FieldType STORED_TEXT = textType(true);
    /** Words only, for typo tolerance and "did you mean": their frequencies, no positions. */
    private static final FieldType VOCABULARY = unscoredType(IndexOptions.DOCS_AND_FREQS);
    /** Neighbouring word pairs, a filter for phrases: which bodies hold them, nothing more. */
    private static final FieldType PAIRS = unscoredType(IndexOptions.DOCS);

    private final FacetsConfig facets = Fields.facets();

    public static Term keyTerm(String key) {
        return new Term(Fields.KEY, key);
    }

    public Document toDocument(SearchEntry entry) {
        String language = entry.language() != null && Fields.LANGUAGES.contains(entry.language())
                ? entry.language() : LanguageGuess.of(entry.title() + "\n" + entry.body());
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, entry.key(), Field.Store.YES));
        doc.add(new StringField(Fields.TYPE, entry.type(), Field.Store.YES));
        doc.add(new StoredField(Fields.ID, entry.id()));
        doc.add(new StringField(Fields.KIND, Keys.of(entry.kind()), Field.Store.NO));
        doc.add(new StoredField(Fields.KIND_STORED, entry.kind()));
        doc.add(new StoredField(Fields.LANGUAGE, language));
        doc.add(new StoredField(Fields.PATH, entry.path() == null ? "" : entry.path()));

        doc.add(new Field(Fields.TITLE, entry.title(), STORED_TEXT));
        doc.add(new Field(Fields.title(language), entry.title(), TEXT));
        doc.add(new Field(Fields.BODY, entry.body(), STORED_TEXT));
        doc.add(new Field(Fields.body(language), entry.body(), TEXT));
        doc.add(new Field(Fields.BODY_PAIRS, entry.body(), PAIRS));
        doc.add(new Field(Fields.ALL, entry.title() + "\n" + String.join(" ", entry.tags()) + "\n" + entry.body(), VOCABULARY));

        long updated = entry.updatedAt().toEpochMilli();
        doc.add(new LongPoint(Fields.UPDATED, updated));
        doc.add(new NumericDocValuesField(Fields.UPDATED, updated));
        doc.add(new StoredField(Fields.UPDATED, updated));

        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_KIND, entry.kind()));
        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR,
                Integer.toString(entry.updatedAt().atZone(ZoneOffset.UTC).getYear())));
        if (entry.space() != null && !entry.space().isBlank()) {
            doc.add(new StoredField(Fields.SPACE, entry.space()));
            doc.add(new StringField(Fields.SPACE_KEY, Keys.of(entry.spaceKey() == null ? entry.space() : entry.spaceKey()), Field.Store.NO));
            doc.add(new StringField(Fields.SPACE_KEY, Keys.of(entry.space()), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SPACE, entry.space()));
        }
        for (String tag : entry.tags()) {
            if (!tag.isBlank()) {
                doc.add(new StoredField(Fields.TAG, tag));
                doc.add(new StringField(Fields.TAG_KEY, Keys.of(tag), Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TAG, tag));
            }
        }
        if (entry.author() != null && !entry.author().isBlank()) {
            doc.add(new StoredField(Fields.AUTHOR, entry.author()));
            doc.add(new StringField(Fields.AUTHOR_KEY, Keys.of(entry.author()), Field.Store.NO));
            for (String name : entry.author().split("\\s+")) {
                doc.add(new StringField(Fields.AUTHOR_KEY, Keys.of(name), Field.Store.NO));
            }
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_AUTHOR, entry.author()));
        }
        for (String key : entry.authorKeys()) {
            doc.add(new StringField(Fields.AUTHOR_KEY, Keys.of(key), Field.Store.NO));
        }
        link(doc, entry.client(), Fields.CLIENT, Fields.CLIENT_PATH, Fields.CLIENT_KEY, Fields.FACET_CLIENT);
        link(doc, entry.project(), Fields.PROJECT, Fields.PROJECT_PATH, Fields.PROJECT_KEY, Fields.FACET_PROJECT);
        for (String token : entry.audience()) {
            doc.add(new StringField(Fields.AUDIENCE, token, Field.Store.NO));
        }
        try {
            return facets.build(doc);
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }

    private static void link(Document doc, SearchLink link, String labelField, String pathField, String keyField,
            String facet) {
        if (link != null) {
            doc.add(new StoredField(labelField, link.label()));
            doc.add(new StoredField(pathField, link.path()));
            doc.add(new StringField(keyField, Keys.of(link.label()), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(facet, link.label()));
        }
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType unscoredType(IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setOmitNorms(true);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
