/**
 * The people directory: people, teams and who manages whom. The base that accounts, calendars,
 * onboarding and analytics build on.
 */
package io.relais.people;
