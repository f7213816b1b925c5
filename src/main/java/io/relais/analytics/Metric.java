package io.relais.analytics;

import java.util.Arrays;
import java.util.List;

/**
 * Every adoption figure Relais knows, with the area it answers and how its value reads. Which
 * feature measures it is not written here: whichever {@link AdoptionSource} lists it.
 */
public enum Metric {
    /** Document saves (creations and edits) per person and week. */
    DOCUMENTS_WRITTEN(MetricArea.WRITING, MetricKind.PER_PERSON_WEEK, true),
    /** Hours spent in timed meetings (invited in person or with one's team) per person and week. */
    MEETING_HOURS(MetricArea.WRITING, MetricKind.PER_PERSON_WEEK, true),
    /** Documents written per meeting hour: {@link #DOCUMENTS_WRITTEN} over {@link #MEETING_HOURS}. */
    WRITTEN_PER_MEETING_HOUR(MetricArea.WRITING, MetricKind.RATIO, true),
    /** Share of meeting minutes written on the meeting day or the day after. */
    MINUTES_ON_TIME(MetricArea.MEETINGS, MetricKind.SHARE, true),
    /** Share of held meeting occurrences whose minutes were linked within 24 hours of their end. */
    MEETINGS_WITH_MINUTES(MetricArea.MEETINGS, MetricKind.SHARE, true),
    /** Share of held meeting occurrences that kept to their planned time. */
    MEETINGS_WITHIN_BUDGET(MetricArea.MEETINGS, MetricKind.SHARE, true),
    /** Decision records written. */
    DECISIONS_LOGGED(MetricArea.DECISIONS, MetricKind.COUNT, true),
    /** Median days from a decision's proposal (its creation) to its acceptance, over decisions accepted then. */
    DECISION_DAYS_TO_ACCEPT(MetricArea.DECISIONS, MetricKind.DAYS, true),
    /** Share of meeting minutes that record at least one decision. */
    MINUTES_WITH_DECISION(MetricArea.DECISIONS, MetricKind.SHARE, true),
    /** Knowledge-base articles created. */
    ARTICLES_CREATED(MetricArea.KNOWLEDGE, MetricKind.COUNT, true),
    /** Edits of existing knowledge-base articles. */
    ARTICLES_UPDATED(MetricArea.KNOWLEDGE, MetricKind.COUNT, true),
    /** Share of people who saved at least one document. */
    CONTRIBUTORS(MetricArea.KNOWLEDGE, MetricKind.PER_HEADCOUNT, true),
    /** Views of the group's documents (owned by its members). */
    DOCUMENT_VIEWS(MetricArea.KNOWLEDGE, MetricKind.COUNT, true),
    /** Upvotes given to the group's documents. */
    UPVOTES(MetricArea.KNOWLEDGE, MetricKind.COUNT, true),
    /** Share of the group's live documents with a review-by date that had passed at the end of the period. */
    PAST_REVIEW_DATE(MetricArea.KNOWLEDGE, MetricKind.SHARE, true),
    /** Documents past their review-by date yet read at least once a week on average in the period. */
    POPULAR_BUT_STALE(MetricArea.KNOWLEDGE, MetricKind.COUNT, true),
    /** Searches per person and week (company only: searches are recorded without names). */
    SEARCHES(MetricArea.FINDABILITY, MetricKind.PER_PERSON_WEEK, false),
    /** Share of searches that found nothing. */
    ZERO_RESULT_SEARCHES(MetricArea.FINDABILITY, MetricKind.SHARE, false),
    /** Share of searches followed by a click on a result. */
    SEARCH_CLICK_THROUGH(MetricArea.FINDABILITY, MetricKind.SHARE, false),
    /** Share of planned trio places in trios that were held (who came is not recorded, only whether it was held). */
    TRIO_PARTICIPATION(MetricArea.RITUALS, MetricKind.SHARE, true),
    /** Share of planned all-hands recorded as held: attendance per person is not recorded. */
    ALL_HANDS_ATTENDANCE(MetricArea.RITUALS, MetricKind.SHARE, true),
    /** Median days newcomers took to complete their onboarding. */
    ONBOARDING_DAYS(MetricArea.ONBOARDING, MetricKind.DAYS, true),
    /** Share of onboarding items completed late. */
    ONBOARDING_LATE_ITEMS(MetricArea.ONBOARDING, MetricKind.SHARE, true),
    /** Share of onboarding writing exercises approved the first time. */
    WRITING_APPROVED_FIRST_TIME(MetricArea.ONBOARDING, MetricKind.SHARE, true);

    private final MetricArea area;
    private final MetricKind kind;
    private final boolean perGroup;

    Metric(MetricArea area, MetricKind kind, boolean perGroup) {
        this.area = area;
        this.kind = kind;
        this.perGroup = perGroup;
    }

    public MetricArea area() {
        return area;
    }

    public MetricKind kind() {
        return kind;
    }

    /** Whether the figure exists per team; otherwise it is company-wide only. */
    public boolean perGroup() {
        return perGroup;
    }

    /**
     * Whether the figure of a range is the sum of its days' (a count, or a share's part and
     * whole): only those can be rolled up by day. A count of distinct people, a median, a state at
     * the end of the period or a threshold over the period is not.
     */
    public boolean additive() {
        return switch (kind) {
            case COUNT, PER_PERSON_WEEK -> this != POPULAR_BUT_STALE;
            case SHARE -> this != PAST_REVIEW_DATE;
            case PER_HEADCOUNT, DAYS, RATIO -> false;
        };
    }

    /**
     * Whether the figure counts the people who did something in the period: not the sum of its
     * days', but rolled up as who did it on each day ({@code AdoptionQuery.Split.PERSON}).
     */
    public boolean distinctPeople() {
        return kind == MetricKind.PER_HEADCOUNT;
    }

    /** Whether the figure is a state at the end of the period: over a range, the one at its end (its last period's). */
    public boolean atPeriodEnd() {
        return this == PAST_REVIEW_DATE;
    }

    /** Whether a period without data reads 0 (a count) rather than "nothing to measure" (a share). */
    public boolean counted() {
        return kind == MetricKind.COUNT || kind == MetricKind.PER_PERSON_WEEK || kind == MetricKind.PER_HEADCOUNT;
    }

    /** The i18n key of its name ({@code analytics.metric.documents-written}). */
    public String labelKey() {
        return "analytics.metric." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static List<Metric> of(MetricArea area) {
        return Arrays.stream(values()).filter(m -> m.area == area).toList();
    }
}
