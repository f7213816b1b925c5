package io.relais.docs.internal;

import io.relais.platform.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

/**
 * Which files may be attached: an allow-list of extensions, each with the one type Tika must
 * detect from the file's bytes (the name is not given to the detector, so a renamed file is
 * caught). SVG, HTML and everything else are refused; so is a {@code .txt} or {@code .md} whose
 * bytes look like HTML, XML or SVG, since a browser could be tricked into running it.
 */
@Component
public class AttachmentTypes {

    private static final Map<String, String> EXPECTED = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "txt", "text/plain",
            "md", "text/plain");

    /** The extensions offered in the upload dialog, in a stable order. */
    public static final List<String> EXTENSIONS = List.of("pdf", "docx", "xlsx", "pptx", "png", "jpg", "jpeg", "txt", "md");

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final AttachmentProperties limits;
    private final OfficeZipGuard zipGuard;

    AttachmentTypes(AttachmentProperties limits) {
        this.limits = limits;
        this.zipGuard = new OfficeZipGuard(limits);
    }

    /** Refuses a name whose extension is not allowed, before any byte is stored. */
    public void checkName(String fileName) {
        if (!EXPECTED.containsKey(FileNames.extension(fileName))) {
            throw new UserFacingException("file", "attachments.error.type-not-allowed", String.join(", ", EXTENSIONS));
        }
    }

    /**
     * Checks a received file against its (sanitised) name and answers the content type to store
     * and serve it with.
     */
    public String inspect(Path file, String fileName) throws IOException {
        checkName(fileName);
        long size = Files.size(file);
        if (size == 0) {
            throw new UserFacingException("file", "attachments.error.empty");
        }
        if (size > limits.maxSize().toBytes()) {
            throw new UserFacingException("file", "attachments.error.too-large", limits.maxSize().toMegabytes());
        }
        if (startsWithZipMagic(file)) {
            zipGuard.check(file);
        }
        String expected = EXPECTED.get(FileNames.extension(fileName));
        String detected = detect(file);
        if (!expected.equals(detected)) {
            throw new UserFacingException("file", "attachments.error.content-mismatch", FileNames.extension(fileName));
        }
        return expected;
    }

    private String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        }
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        }
    }
}
