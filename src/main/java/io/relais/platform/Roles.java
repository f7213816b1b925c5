package io.relais.platform;

import java.util.List;

/**
 * The roles a Relais account may hold; an account may hold several. Constants are plain strings
 * so they can be used in {@code @RolesAllowed} and {@code @PreAuthorize} expressions.
 */
public final class Roles {

    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String HR = "HR";
    public static final String LEADERSHIP = "LEADERSHIP";
    public static final String ADMIN = "ADMIN";

    /**
     * Not an account role: given at sign-in to a person who leads a team in the directory (manages
     * at least one active member of their own team), so views can be offered to team leads. Never
     * stored nor assigned; services check the directory itself at every call.
     */
    public static final String TEAM_LEAD = "TEAM_LEAD";

    /** The roles an administrator assigns to accounts. */
    public static final List<String> ALL = List.of(EMPLOYEE, HR, LEADERSHIP, ADMIN);

    private Roles() {
    }
}
