package io.relais.docs;

/** The rankings of {@link DocumentInsights}. */
public enum ReadingRanking {
    /** Most views in the period. */
    MOST_READ,
    /** Documents older than the period with the fewest views in it, unread ones first. */
    LEAST_READ,
    /** Most upvotes. */
    MOST_UPVOTED,
    /** Past their review-by date, yet read a lot in the period: what to review first. */
    POPULAR_BUT_STALE
}
