/**
 * The document hub: articles, meeting minutes, decisions, problems and feedback in spaces, with
 * visibility enforced in every read and write, full revision history and {@link
 * io.relais.docs.DocumentChanged} events for search.
 */
package io.relais.docs;
