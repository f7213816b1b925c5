/**
 * Accounts, roles, sign-in and sessions. Accounts live in MariaDB with BCrypt hashes; an account
 * usually belongs to a person of the directory.
 */
package io.relais.security;
