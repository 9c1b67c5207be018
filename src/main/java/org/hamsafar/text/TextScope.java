package org.hamsafar.text;

import java.time.Instant;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SegmentMembers;

/**
 * Which analysed texts a report reads: those that occurred in {@code [from, to)} (either bound may
 * be null: open), optionally only from one source ({@code survey_answer}, {@code event}), one survey,
 * one channel and one touchpoint. Null filters read everything.
 *
 * @throws InvalidInputException naming the field when a value breaks these rules
 */
public record TextScope(Instant from, Instant to, String source, Long surveyId, String channel, String touchpoint, String segment) {

    public TextScope {
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidInputException.of("from", "must be before to");
        }
        if (source != null && !Keys.isKey(source)) {
            throw InvalidInputException.of("source", "must be a source key such as survey_answer or event");
        }
        if (channel != null && Channel.fromKey(channel).isEmpty()) {
            throw InvalidInputException.of("channel", "must be a channel key such as web, app or chat");
        }
        if (segment != null && !Keys.isKey(segment)) {
            throw InvalidInputException.of("segment", SegmentMembers.RULE);
        }
        if (touchpoint != null && !Keys.isKey(touchpoint)) {
            throw InvalidInputException.of("touchpoint", "must be a key: a lower-case letter, then up to 63 of a-z 0-9 _ . -");
        }
    }

    /** Every text of {@code [from, to)}. */
    public static TextScope between(Instant from, Instant to) {
        return new TextScope(from, to, null, null, null, null, null);
    }
}
