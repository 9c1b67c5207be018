package org.hamsafar.journeys.paths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hamsafar.events.ChannelSwitches;
import org.hamsafar.events.ChannelSwitches.Intent;
import org.hamsafar.events.ChannelSwitches.SwitchQuery;
import org.hamsafar.events.ChannelSwitches.Tally;
import org.hamsafar.shared.Channel;
import org.springframework.stereotype.Service;

/**
 * Answers channel-switching questions: the events module counts episodes in the database (see
 * {@link ChannelSwitches} for what an intent and an episode are); this arranges the tallies as rates,
 * a from-to matrix and the top switch pairs.
 */
@Service
class ChannelSwitching {
    /** With touchpoints as intents, how many intents are listed (most episodes first). */
    static final int TOP_TOUCHPOINT_INTENTS = 20;
    /** How many switch pairs {@code topPairs} lists. */
    static final int TOP_PAIRS = 10;
    private final ChannelSwitches switches;

    ChannelSwitching(ChannelSwitches switches) {
        this.switches = switches;
    }

    SwitchReport query(SwitchRequest request) {
        SwitchQuery q = request.query();
        List<Tally> tallies = switches.tally(q);
        Summary overall = summary(null, tallies);
        List<SwitchReport.Summary> intents = new ArrayList<>();
        int total;
        if (q.intents().isEmpty()) {
            List<String> keys = tallies.stream().filter(t -> t.intent() != null && t.fromChannel() == null)
                    .sorted(Comparator.comparingLong(Tally::episodes).reversed().thenComparing(Tally::intent))
                    .map(Tally::intent).toList();
            total = keys.size();
            keys.stream().limit(TOP_TOUCHPOINT_INTENTS).forEach(key -> intents.add(summary(key, tallies).report()));
        } else {
            total = q.intents().size();
            for (Intent intent : q.intents()) {
                intents.add(summary(intent.key(), tallies).report());
            }
        }
        return new SwitchReport(request.windowText(), q.from(), q.to(), q.segment(), q.intents().isEmpty() ? "touchpoint" : "request",
                overall.report(), intents, total);
    }

    /** The tallies of one intent (null: all intents), gathered before they are shaped. */
    private record Summary(String intent, Tally total, List<Tally> fromChannels, List<Tally> pairs) {
        SwitchReport.Summary report() {
            long episodes = total == null ? 0 : total.episodes();
            long switched = total == null ? 0 : total.switched();
            Map<String, Long> episodesFrom = new LinkedHashMap<>();
            List<SwitchReport.FromChannel> from = new ArrayList<>();
            for (Tally t : fromChannels) {
                episodesFrom.put(t.fromChannel(), t.episodes());
                from.add(new SwitchReport.FromChannel(t.fromChannel(), t.episodes(), t.switched(), rate(t.switched(), t.episodes()),
                        t.medianSeconds()));
            }
            List<SwitchReport.Cell> matrix = new ArrayList<>();
            for (Tally t : pairs) {
                matrix.add(new SwitchReport.Cell(t.fromChannel(), t.toChannel(), t.episodes(),
                        rate(t.episodes(), episodesFrom.getOrDefault(t.fromChannel(), 0L)), rate(t.episodes(), switched), t.medianSeconds()));
            }
            List<SwitchReport.Cell> top = matrix.stream()
                    .sorted(Comparator.comparingLong(SwitchReport.Cell::switches).reversed()
                            .thenComparing(cell -> channelOrder(cell.from())).thenComparing(cell -> channelOrder(cell.to())))
                    .limit(TOP_PAIRS).toList();
            return new SwitchReport.Summary(intent, episodes, switched, rate(switched, episodes), total == null ? null : total.medianSeconds(),
                    from, matrix, top);
        }
    }

    private static Summary summary(String intent, List<Tally> tallies) {
        Tally total = null;
        List<Tally> from = new ArrayList<>();
        List<Tally> pairs = new ArrayList<>();
        for (Tally t : tallies) {
            if (!Objects.equals(t.intent(), intent)) {
                continue;
            }
            if (t.fromChannel() == null) {
                total = t;
            } else if (t.toChannel() == null) {
                from.add(t);
            } else {
                pairs.add(t);
            }
        }
        Comparator<Tally> byFrom = Comparator.comparingInt(t -> channelOrder(t.fromChannel()));
        from.sort(byFrom);
        pairs.sort(byFrom.thenComparingInt(t -> channelOrder(t.toChannel())));
        return new Summary(intent, total, from, pairs);
    }

    /** Channels in their usual order (web, app, email, ...), unknown stored values last. */
    static int channelOrder(String channel) {
        return Channel.fromKey(channel).map(Enum::ordinal).orElse(Channel.values().length);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
