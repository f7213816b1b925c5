/**
 * Async-adoption analytics: whether the company really works in writing, and where it does not.
 * Figures per company, team and week or month (written vs synchronous, meetings that leave a
 * trace, decisions logged, knowledge-base health, findability, rituals, onboarding) and an
 * adoption index, for leadership and administrators (a team lead sees their own team).
 *
 * <p>The owning features measure their own data: each implements {@link
 * io.relais.analytics.AdoptionSource} for the {@link io.relais.analytics.Metric}s it knows,
 * aggregating in SQL. A metric no source measures yet shows as "no data yet", never as zero.
 */
package io.relais.analytics;
