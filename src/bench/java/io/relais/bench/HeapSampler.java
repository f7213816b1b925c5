package io.relais.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's live heap and what it holds, measured from outside with {@code jcmd <pid>
 * GC.class_histogram}: the JDK's own tool, which runs a full GC first, so its total is the live
 * heap (unreachable objects are gone) and its instance counts are the sessions and UIs really
 * retained, whatever the JVM's heap sizing does.
 */
final class HeapSampler {

    /** One look at the server after a full GC. */
    record Sample(long liveBytes, long httpSessions, long vaadinSessions, long uis) {
        double liveMegabytes() {
            return liveBytes / 1024.0 / 1024.0;
        }
    }

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    private final long pid;
    private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    HeapSampler(long pid) {
        this.pid = pid;
    }

    Sample sample() {
        String histogram = run();
        Matcher total = TOTAL.matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("jcmd GC.class_histogram without a Total line:\n"
                    + UidlClient.abbreviate(histogram));
        }
        return new Sample(Long.parseLong(total.group(1)),
                instances(histogram, "org.apache.catalina.session.StandardSession"),
                instances(histogram, "com.vaadin.flow.server.VaadinSession"),
                instances(histogram, "com.vaadin.flow.component.UI"));
    }

    /** Instances of exactly that class (its row: rank, instances, bytes, name, module). */
    static long instances(String histogram, String className) {
        Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)")
                .matcher(histogram);
        return row.find() ? Long.parseLong(row.group(1)) : 0;
    }

    private String run() {
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd failed: " + UidlClient.abbreviate(output));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
