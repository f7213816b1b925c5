package io.relais.search.internal.lucene;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/** The index's field names and its facet configuration. */
public final class Fields {

    /** Bump when analysis or fields change: an index of another schema is rebuilt at start-up. */
    public static final String SCHEMA = "3";
    public static final String SCHEMA_KEY = "relais.schema";

    public static final String KEY = "key";
    public static final String TYPE = "type";
    public static final String ID = "id";
    /** The kind as a filter key ({@link Keys}); {@link #KIND_STORED} keeps it as given. */
    public static final String KIND = "kind";
    public static final String KIND_STORED = "kind_stored";
    public static final String LANGUAGE = "language";
    public static final String PATH = "path";
    public static final String UPDATED = "updated";
    public static final String SPACE = "space";
    public static final String SPACE_KEY = "space_key";
    public static final String TAG = "tag";
    public static final String TAG_KEY = "tag_key";
    public static final String AUTHOR = "author";
    public static final String AUTHOR_KEY = "author_key";
    public static final String AUDIENCE = "audience";
    /** The client and project an entry is about: name and page stored, name as a filter key. */
    public static final String CLIENT = "client";
    public static final String CLIENT_PATH = "client_path";
    public static final String CLIENT_KEY = "client_key";
    public static final String PROJECT = "project";
    public static final String PROJECT_PATH = "project_path";
    public static final String PROJECT_KEY = "project_key";

    /** The title as written, analysed plainly (stored: the highlighted title comes from it). */
    public static final String TITLE = "title";
    public static final String TITLE_FR = "title_fr";
    public static final String TITLE_EN = "title_en";
    /** The body as written, analysed plainly (stored: snippets come from it). */
    public static final String BODY = "body";
    public static final String BODY_FR = "body_fr";
    public static final String BODY_EN = "body_en";
    /** Title, body and tags together, plainly: the vocabulary of typo tolerance and "did you mean". */
    public static final String ALL = "all";
    /**
     * Each pair of neighbouring words of the body ("l'équipe projet" → {@code equipe projet}),
     * documents only: an exact phrase first narrows to the bodies holding all its pairs, then
     * checks word positions in those alone.
     */
    public static final String BODY_PAIRS = "body_pairs";

    public static final List<String> TEXT_FIELDS = List.of(TITLE, TITLE_FR, TITLE_EN, BODY, BODY_FR, BODY_EN, ALL,
            BODY_PAIRS);
    public static final List<String> LANGUAGES = List.of("fr", "en");

    public static final String FACET_KIND = "kind";
    public static final String FACET_SPACE = "space";
    public static final String FACET_TAG = "tag";
    public static final String FACET_AUTHOR = "author";
    public static final String FACET_YEAR = "year";
    public static final String FACET_CLIENT = "client";
    public static final String FACET_PROJECT = "project";

    private Fields() {
    }

    public static String title(String language) {
        return "fr".equals(language) ? TITLE_FR : TITLE_EN;
    }

    public static String body(String language) {
        return "fr".equals(language) ? BODY_FR : BODY_EN;
    }

    public static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_TAG, true);
        return config;
    }
}
