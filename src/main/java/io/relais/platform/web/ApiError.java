package io.relais.platform.web;

/**
 * The body of every API error.
 *
 * @param error a stable code for programs ({@code not_found}, {@code invalid}, {@code conflict}, ...)
 * @param message the explanation for people, in the language of {@code Accept-Language}
 * @param field the input at fault, or {@code null}
 */
public record ApiError(int status, String error, String message, String field) {
}
