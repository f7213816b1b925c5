package io.relais.analytics;

/**
 * When a group acts (documents, comments, upvotes, tasks...), by weekday and hour in the
 * company's time zone.
 *
 * @param actions {@code actions[d][h]}: Monday is {@code d = 0}, hour {@code h} from 0 to 23
 * @param afterHoursShare share of actions at weekends or outside working hours, {@code null}
 *     without any action or for a group too small to show
 */
public record ActivityHeatmap(long[][] actions, Double afterHoursShare, boolean tooSmall) {

    public long total() {
        long total = 0;
        for (long[] day : actions) {
            for (long hour : day) {
                total += hour;
            }
        }
        return total;
    }
}
