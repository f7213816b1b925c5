/**
 * The JSON integration API under {@code /api/}, authenticated with personal API tokens (see the
 * security module): documents here; other modules add their own {@link
 * io.relais.platform.web.ApiController} endpoints under {@code /api/}.
 */
package io.relais.api;
