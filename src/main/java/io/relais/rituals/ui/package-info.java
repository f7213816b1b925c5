/** The rituals' pages: their settings for HR and administrators, and each meeting's page. */
package io.relais.rituals.ui;
