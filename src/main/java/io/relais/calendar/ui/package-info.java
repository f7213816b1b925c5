/**
 * The calendar views: calendars side by side in month, week or agenda view, event and absence
 * dialogs, feeds; and how an occurrence is called wherever it is listed (the home page's day).
 */
@NamedInterface("ui")
package io.relais.calendar.ui;

import org.springframework.modulith.NamedInterface;
