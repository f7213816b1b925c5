package io.relais.platform;

import java.util.Set;

/**
 * Who is signed in, as every feature sees it. The security module's user details implement this.
 *
 * @param personId the directory entry of this account, or {@code null} for a technical account
 */
public interface RelaisPrincipal {

    long accountId();

    Long personId();

    String username();

    String displayName();

    Set<String> roles();
}
