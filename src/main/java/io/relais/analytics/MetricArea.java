package io.relais.analytics;

/** The question a group of metrics answers; the dashboard shows one section per area. */
public enum MetricArea {
    WRITING, MEETINGS, DECISIONS, KNOWLEDGE, FINDABILITY, RITUALS, ONBOARDING
}
