package io.relais.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.relais.security.internal.SecurityAudit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/** Records the security audit lines written while it is open (tests share the JVM: filter by account). */
final class AuditLines implements AutoCloseable {

    /** One audit line: its text and its structured fields. */
    record Line(String text, Map<String, String> fields) {

        String field(String key) {
            return fields.get(key);
        }
    }

    private final Logger logger = (Logger) LoggerFactory.getLogger(SecurityAudit.LOGGER);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    AuditLines() {
        appender.start();
        logger.addAppender(appender);
    }

    /** The lines about an account, as the one who acted or the one whose account changed. */
    List<Line> about(String account) {
        return all().stream().filter(line -> account.equals(line.field("user.name"))
                || account.equals(line.field("user.target.name"))).toList();
    }

    List<Line> all() {
        List<ILoggingEvent> events;
        synchronized (appender) {
            events = List.copyOf(appender.list);
        }
        return events.stream().map(event -> new Line(event.getFormattedMessage(), fields(event))).toList();
    }

    private static Map<String, String> fields(ILoggingEvent event) {
        List<KeyValuePair> pairs = event.getKeyValuePairs() == null ? List.of() : event.getKeyValuePairs();
        return pairs.stream().collect(Collectors.toMap(pair -> pair.key, pair -> Objects.toString(pair.value)));
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
