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

    public static final List<String> ALL = List.of(EMPLOYEE, HR, LEADERSHIP, ADMIN);

    private Roles() {
    }
}
