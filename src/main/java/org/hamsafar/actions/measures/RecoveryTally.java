package org.hamsafar.actions.measures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.hamsafar.feedback.NpsRevisit;

/**
 * Counts detractor recovery from the responses that triggered cases and what their customers
 * answered next. A customer counts once per scope, by their earliest detracting response in it:
 * the first time we heard they were unhappy in the period, did they come back happier next time?
 * Anonymous responses are left out: nobody can answer again.
 */
final class RecoveryTally {
    static final int DETRACTOR_MAX = 6;
    private static final Comparator<NpsRevisit> EARLIEST = Comparator.comparing(NpsRevisit::submittedAt)
            .thenComparing(NpsRevisit::responseId);

    private RecoveryTally() {
    }

    /** Per team (null: cases without a team), sorted by team with the team-less last. */
    static Map<String, LoopFigures.Recovery> byTeam(List<MeasuresQueries.TriggeringResponse> triggers, Map<UUID, NpsRevisit> revisits) {
        Map<String, List<NpsRevisit>> perTeam = new HashMap<>();
        for (MeasuresQueries.TriggeringResponse trigger : triggers) {
            NpsRevisit revisit = revisits.get(trigger.responseId());
            if (revisit != null) {
                perTeam.computeIfAbsent(trigger.team(), t -> new ArrayList<>()).add(revisit);
            }
        }
        Map<String, LoopFigures.Recovery> out = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        perTeam.forEach((team, list) -> out.put(team, of(list)));
        return out;
    }

    /** Over all these responses (each response once, whatever number of teams its cases belong to). */
    static LoopFigures.Recovery overall(Collection<NpsRevisit> revisits) {
        return of(revisits);
    }

    private static LoopFigures.Recovery of(Collection<NpsRevisit> revisits) {
        Map<Long, NpsRevisit> firstPerCustomer = new HashMap<>();
        revisits.stream()
                .filter(r -> r.customerId() != null && r.score() <= DETRACTOR_MAX)
                .forEach(r -> firstPerCustomer.merge(r.customerId(), r, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b));
        long answeredAgain = firstPerCustomer.values().stream().filter(NpsRevisit::answeredAgain).count();
        long recovered = firstPerCustomer.values().stream()
                .map(NpsRevisit::nextScore).filter(Objects::nonNull).filter(score -> score > DETRACTOR_MAX).count();
        return new LoopFigures.Recovery(firstPerCustomer.size(), answeredAgain, recovered);
    }
}
