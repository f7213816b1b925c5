/** The calendar views: calendars side by side in month, week or agenda view, event and absence dialogs, feeds. */
package io.relais.calendar.ui;
