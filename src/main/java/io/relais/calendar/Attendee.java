package io.relais.calendar;

/** An invitation: a person or a whole team (exactly one of the two). */
public record Attendee(Long personId, Long teamId) {

    public Attendee {
        if ((personId == null) == (teamId == null)) {
            throw new IllegalArgumentException("An attendee is a person or a team");
        }
    }

    public static Attendee person(long personId) {
        return new Attendee(personId, null);
    }

    public static Attendee team(long teamId) {
        return new Attendee(null, teamId);
    }
}
