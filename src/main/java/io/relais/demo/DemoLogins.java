package io.relais.demo;

import io.relais.platform.Roles;
import java.util.List;

/** The demo accounts listed in the README and printed at start-up. */
public final class DemoLogins {

    public static final String PASSWORD = "relais-demo";

    /** One login per role, by e-mail; everybody else in the demo can sign in with the same password. */
    public record Login(String email, String name, List<String> roles) {
    }

    public static final Login LEADERSHIP = new Login("claire.fontaine@canopee.fr", "Claire Fontaine",
            List.of(Roles.LEADERSHIP, Roles.EMPLOYEE));
    public static final Login HR = new Login("sophie.laurent@canopee.fr", "Sophie Laurent",
            List.of(Roles.HR, Roles.EMPLOYEE));
    public static final Login ADMIN = new Login("julien.mercier@canopee.fr", "Julien Mercier",
            List.of(Roles.ADMIN, Roles.EMPLOYEE));
    public static final Login EMPLOYEE = new Login("lucas.bernard@canopee.fr", "Lucas Bernard",
            List.of(Roles.EMPLOYEE));
    public static final Login NEWCOMER = new Login("ines.haddad@canopee.fr", "Inès Haddad",
            List.of(Roles.EMPLOYEE));

    public static final List<Login> ALL = List.of(LEADERSHIP, HR, ADMIN, EMPLOYEE, NEWCOMER);

    private DemoLogins() {
    }
}
