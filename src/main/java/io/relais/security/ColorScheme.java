package io.relais.security;

/** A person's light/dark preference; SYSTEM follows the operating system. */
public enum ColorScheme {
    SYSTEM, LIGHT, DARK
}
