/** Sign-in, the person's own profile and the ADMIN accounts view; the shell links to them. */
@NamedInterface("ui")
package io.relais.security.ui;

import org.springframework.modulith.NamedInterface;
