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
    POPULAR_BUT_STALE;

    /**
     * "Read a lot" for {@link #POPULAR_BUT_STALE}: at least one view a week on average over the
     * period. An absolute floor keeps a stale document read twice from topping a quiet space's list.
     */
    public static long popularThreshold(int days) {
        return Math.max(1, Math.round(days / 7.0));
    }
}
