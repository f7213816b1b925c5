package io.relais.docs.internal;

import java.util.List;

/**
 * Who is reading or writing, with what the permission rules need: their person, whether they are
 * an administrator, their team and the spaces they belong to.
 */
public record Viewer(long personId, boolean admin, Long teamId, List<Long> memberSpaces) {

    public Viewer {
        // never an empty IN list: no space has id -1
        memberSpaces = memberSpaces.isEmpty() ? List.of(-1L) : List.copyOf(memberSpaces);
    }

    public boolean memberOf(Space space) {
        return space.hasMember(personId, teamId);
    }
}
