package io.relais.docs;

import io.relais.docs.internal.DocumentFrontMatter;
import io.relais.docs.internal.FrontMatter;
import io.relais.docs.internal.HtmlToMarkdown;
import io.relais.docs.internal.ImportSources;
import io.relais.docs.internal.LanguageGuess;
import io.relais.docs.internal.Slugs;
import io.relais.platform.UserFacingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Bulk import of Markdown, HTML and plain-text files, from a zip archive or a folder, each with
 * optional YAML front matter (ADR 0010). Every file goes through {@link DocumentService} as the
 * importing administrator, in its own transaction, so visibility, revisions, events and activity
 * apply as for a document written by hand, a bad file skips only itself, and memory holds one
 * file at a time.
 *
 * <p>The space and the slug identify a document: importing the same files again updates the
 * documents that changed (a new revision each) and leaves the others as they are. Where the front
 * matter names no slug, the file's path (without extension, below the space folder) makes it, so
 * a file keeps its document across imports even when its title changes.
 */
@Service
public class DocumentImportService {

    private static final Logger log = LoggerFactory.getLogger(DocumentImportService.class);
    private static final String SUCCESSOR_MISSING = "docs.error.superseded-needs-link";
    private static final Pattern FIRST_HEADING = Pattern.compile("\\A\\s*#[ \\t]+(.+?)[ \\t#]*(\\n|\\z)");

    private final DocumentService documents;

    DocumentImportService(DocumentService documents) {
        this.documents = documents;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport importZip(Path zip, ImportOptions options, ImportProgress progress) {
        int total = ImportSources.countZip(zip);
        return run(total, options, progress, visitor -> ImportSources.zip(zip, ImportSources.Limits.DEFAULT, visitor));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport importFolder(Path folder, ImportOptions options, ImportProgress progress) {
        int total = ImportSources.countFolder(folder);
        return run(total, options, progress, visitor -> ImportSources.folder(folder, ImportSources.Limits.DEFAULT, visitor));
    }

    private ImportReport run(int total, ImportOptions options, ImportProgress progress,
            Consumer<Consumer<ImportSources.Entry>> source) {
        Spaces spaces = new Spaces(documents.writableSpaces());
        List<ImportOutcome> outcomes = new ArrayList<>();
        // a superseded decision needs its successor, which may come later in the folder: tried again at the end
        List<ImportSources.Readable> awaitingSuccessor = new ArrayList<>();
        source.accept(entry -> {
            ImportOutcome outcome = switch (entry) {
                case ImportSources.Refused refused -> skipped(refused.path(), null, refused.reasonKey(), refused.arguments());
                case ImportSources.Readable file -> importFile(file, options, spaces);
            };
            if (entry instanceof ImportSources.Readable file && SUCCESSOR_MISSING.equals(outcome.reasonKey())) {
                awaitingSuccessor.add(file);
                return;
            }
            outcomes.add(outcome);
            progress.fileDone(outcomes.size(), Math.max(total, outcomes.size()), outcome);
        });
        for (ImportSources.Readable file : awaitingSuccessor) {
            ImportOutcome outcome = importFile(file, options, spaces);
            outcomes.add(outcome);
            progress.fileDone(outcomes.size(), Math.max(total, outcomes.size()), outcome);
        }
        return new ImportReport(outcomes);
    }

    private ImportOutcome importFile(ImportSources.Readable file, ImportOptions options, Spaces spaces) {
        String title = null;
        try {
            FrontMatter parsed = FrontMatter.parse(file.text());
            Map<String, Object> values = parsed.values();
            String extension = ImportSources.extension(file.path());
            String body = parsed.body();
            String headingTitle = null;
            if (extension.equals("html") || extension.equals("htm")) {
                HtmlToMarkdown.Converted converted = HtmlToMarkdown.convert(body);
                body = converted.markdown();
                headingTitle = converted.title();
            } else if (!extension.equals("txt")) {
                Matcher heading = FIRST_HEADING.matcher(body);
                if (heading.find() && DocumentFrontMatter.text(values, "title") == null) {
                    headingTitle = heading.group(1).strip();
                    body = body.substring(heading.end());
                }
            }
            body = body.strip();
            List<String> parts = Arrays.asList(file.path().split("/"));
            title = firstNonNull(DocumentFrontMatter.text(values, "title"), headingTitle, fileTitle(parts.getLast()));
            DocumentKind kind = Optional.ofNullable(DocumentFrontMatter.enumValue(values, "kind", DocumentKind.class))
                    .orElse(DocumentKind.ARTICLE);
            SpaceChoice space = spaces.choose(DocumentFrontMatter.text(values, "space"), parts, options.defaultSpaceId());
            String slug = slug(DocumentFrontMatter.text(values, "slug"), parts, space.folderUsed());
            String language = firstNonNull(language(values), LanguageGuess.of(body).orElse(null), options.defaultLanguage());
            Visibility visibility = Optional.ofNullable(DocumentFrontMatter.enumValue(values, "visibility", Visibility.class))
                    .orElse(options.defaultVisibility());
            Set<String> tags = new LinkedHashSet<>(DocumentFrontMatter.list(values, "tags"));
            Optional<DocumentDetails> existing = documents.findBySlug(space.id(), slug);
            KindFields kept = existing.map(DocumentDetails::fields).orElse(KindFields.EMPTY);
            DocumentForm form = new DocumentForm(space.id(), title, body, language, visibility, tags,
                    existing.map(d -> d.toForm().readerIds()).orElse(Set.of()),
                    DocumentFrontMatter.date(values, "reviewBy"),
                    DocumentFrontMatter.fields(kind, values, kept, successor(space.id(), values)));
            if (existing.isEmpty()) {
                DocumentDetails created = documents.create(kind, form, slug);
                return new ImportOutcome(file.path(), ImportOutcome.Result.IMPORTED, created.title(), created.id(), null, null);
            }
            DocumentDetails current = existing.get();
            if (current.kind() != kind) {
                return skipped(file.path(), title, "import.reason.kind-differs", current.kind().name(), kind.name());
            }
            if (DocumentFrontMatter.unchanged(current, form)) {
                return new ImportOutcome(file.path(), ImportOutcome.Result.UNCHANGED, current.title(), current.id(), null, null);
            }
            DocumentDetails updated = documents.update(current.id(), current.version(), form);
            return new ImportOutcome(file.path(), ImportOutcome.Result.UPDATED, updated.title(), updated.id(), null, null);
        } catch (UserFacingException refusal) {
            return skipped(file.path(), title, refusal.messageKey(), refusal.arguments());
        } catch (RuntimeException failure) {
            log.warn("Import of {} failed", file.path(), failure);
            return skipped(file.path(), title, "import.reason.failed", failure.getClass().getSimpleName());
        }
    }

    /** The document a decision's {@code supersededBy} slug names in the same space, once imported. */
    private Long successor(long spaceId, Map<String, Object> values) {
        String slug = DocumentFrontMatter.text(values, "supersededBy");
        return slug == null ? null : documents.findBySlug(spaceId, slug).map(DocumentDetails::id).orElse(null);
    }

    private static String language(Map<String, Object> values) {
        String language = firstNonNull(DocumentFrontMatter.text(values, "language"), DocumentFrontMatter.text(values, "lang"));
        return language == null ? null : language.toLowerCase(Locale.ROOT);
    }

    /** The front matter's slug if it is one, else the file's path below its space folder. */
    private static String slug(String given, List<String> parts, boolean folderIsSpace) {
        if (given != null) {
            if (!Slugs.of(given).equals(given)) {
                throw new UserFacingException("slug", "import.reason.bad-slug", given);
            }
            return given;
        }
        List<String> below = parts.subList(folderIsSpace ? 1 : 0, parts.size());
        String path = String.join("-", below);
        int dot = path.lastIndexOf('.');
        return Slugs.of(dot > 0 ? path.substring(0, dot) : path);
    }

    /** "client-kick-off_v2.md" becomes "client kick off v2". */
    private static String fileTitle(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[-_]+", " ").strip();
        return base.isEmpty() ? fileName : Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    private static ImportOutcome skipped(String path, String title, String key, Object... arguments) {
        return new ImportOutcome(path, ImportOutcome.Result.SKIPPED, title, null, key,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Where a file goes and whether its first folder said so. */
    private record SpaceChoice(long id, boolean folderUsed) {
    }

    /** The spaces the importer may write in, found by slug or by name (any case). */
    private static final class Spaces {
        private final Map<String, Long> byKey = new HashMap<>();

        Spaces(List<SpaceSummary> writable) {
            for (SpaceSummary space : writable) {
                byKey.put(space.slug(), space.id());
                byKey.putIfAbsent(space.name().strip().toLowerCase(Locale.ROOT), space.id());
            }
        }

        SpaceChoice choose(String named, List<String> parts, Long fallback) {
            if (named != null) {
                Long id = find(named);
                if (id == null) {
                    throw new UserFacingException("space", "import.reason.unknown-space", named);
                }
                return new SpaceChoice(id, parts.size() > 1 && id.equals(find(parts.getFirst())));
            }
            if (parts.size() > 1) {
                Long id = find(parts.getFirst());
                if (id != null) {
                    return new SpaceChoice(id, true);
                }
            }
            if (fallback == null || !byKey.containsValue(fallback)) {
                throw new UserFacingException("space", "import.reason.no-space");
            }
            return new SpaceChoice(fallback, false);
        }

        private Long find(String key) {
            Long id = byKey.get(key.strip());
            return id != null ? id : byKey.get(key.strip().toLowerCase(Locale.ROOT));
        }
    }
}
