/**
 * The application shell: main layout with the menu built from {@code @Menu}, the user menu
 * (language, colours, sign-out), the notification bell, the home page and error handling.
 */
package io.relais.shell;
