package io.relais.clients;

/** A client contact as typed. */
public record ContactForm(String name, String role, String email, String phone) {
}
