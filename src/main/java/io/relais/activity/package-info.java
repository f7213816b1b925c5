/**
 * The append-only activity log: who did what to which thing, and when. Features record in their
 * own transaction; analytics reads it later.
 */
package io.relais.activity;
