package io.relais.rituals.internal;

/** Where a ritual meeting's page is, linked from its event, its minutes and notifications. */
public final class MeetingPaths {

    private MeetingPaths() {
    }

    public static String of(long meetingId) {
        return "/rituals/meetings/" + meetingId;
    }

    /** Its minutes (or agenda) document, by id (the document page finds its slug); {@code null} without one. */
    public static String minutes(Long documentId) {
        return documentId == null ? null : "/docs/" + documentId;
    }
}
