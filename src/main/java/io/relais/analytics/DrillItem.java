package io.relais.analytics;

import java.time.Instant;

/**
 * One thing behind a figure (a document, a meeting), as a drill-down lists it.
 *
 * @param path where it opens in Relais, or {@code null}
 * @param detailKey an i18n key saying what it is (its kind)
 * @param figure what it contributed (views, days, minutes...), or {@code null}
 */
public record DrillItem(String title, Instant when, String path, String detailKey, Long figure) {
}
