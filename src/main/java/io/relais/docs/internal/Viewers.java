package io.relais.docs.internal;

import io.relais.people.PersonService;
import io.relais.platform.CurrentUser;
import io.relais.platform.Roles;
import org.springframework.stereotype.Component;

/** Builds the {@link Viewer} of the signed-in person. */
@Component
public class Viewers {

    private final CurrentUser currentUser;
    private final PersonService people;
    private final SpaceRepository spaces;

    Viewers(CurrentUser currentUser, PersonService people, SpaceRepository spaces) {
        this.currentUser = currentUser;
        this.people = people;
        this.spaces = spaces;
    }

    public Viewer current() {
        long personId = currentUser.requirePersonId();
        Long teamId = people.teamOf(personId);
        return new Viewer(personId, currentUser.hasRole(Roles.ADMIN), teamId,
                spaces.memberSpaceIds(personId, teamId));
    }

    /**
     * Another person, as far as documents are concerned; administrator rights are not looked up,
     * so this errs on the side of "may not read" (used before notifying them).
     */
    public Viewer of(long personId) {
        Long teamId = people.teamOf(personId);
        return new Viewer(personId, false, teamId, spaces.memberSpaceIds(personId, teamId));
    }
}
