package io.relais.docs;

import java.util.List;

/**
 * How a document is read, for its readers.
 *
 * @param views every view ever counted, anonymous public-page views included
 * @param readers how many different people opened it
 * @param upvotedByMe whether the reader upvoted it
 * @param canUpvote whether the reader may upvote it (not their own document)
 * @param trend the views of each of the last {@link ReadingStats#TREND_DAYS} days, oldest first
 */
public record DocumentStats(long views, long readers, long upvotes, boolean upvotedByMe, boolean canUpvote,
        List<DailyViews> trend) {

    public DocumentStats {
        trend = List.copyOf(trend);
    }
}
