package org.hamsafar.actions.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hamsafar.actions.sla.CaseSlas;
import org.hamsafar.actions.sla.TeamSlaRate;
import org.hamsafar.feedback.NextNpsAnswers;
import org.hamsafar.feedback.NpsRevisit;
import org.springframework.stereotype.Service;

/**
 * Computes the closed-loop measures of a scope. Case figures and closed-loop shares are counted
 * by the database; SLA target rates come from the SLA clocks ({@link CaseSlas}); recovery needs
 * the customers' later NPS answers, which the feedback module answers for the triggering
 * responses ({@link NextNpsAnswers}), and is counted here.
 */
@Service
class ClosedLoopMeasures {
    private final MeasuresQueries queries;
    private final CaseSlas slas;
    private final NextNpsAnswers npsAnswers;

    ClosedLoopMeasures(MeasuresQueries queries, CaseSlas slas, NextNpsAnswers npsAnswers) {
        this.queries = queries;
        this.slas = slas;
        this.npsAnswers = npsAnswers;
    }

    MeasuresReport report(MeasuresScope scope) {
        Map<String, MeasuresQueries.CaseRow> caseRows = new HashMap<>();
        MeasuresQueries.CaseRow caseTotal = null;
        for (MeasuresQueries.CaseRow row : queries.caseRows(scope)) {
            if (row.total()) {
                caseTotal = row;
            } else {
                caseRows.put(row.team(), row);
            }
        }
        Map<String, LoopFigures.Share> loopRows = new HashMap<>();
        LoopFigures.Share loopTotal = LoopFigures.Share.NONE;
        for (MeasuresQueries.LoopRow row : queries.closedLoopRows(scope)) {
            if (row.total()) {
                loopTotal = row.share();
            } else {
                loopRows.put(row.team(), row.share());
            }
        }
        Map<String, TeamSlaRate> slaRows = new HashMap<>();
        for (TeamSlaRate rate : slas.breachRates(scope.from(), scope.to(), scope.segment())) {
            if (scope.team() == null || scope.team().equals(rate.team())) {
                slaRows.put(rate.team(), rate);
            }
        }
        List<MeasuresQueries.TriggeringResponse> triggers = queries.triggeringResponses(scope);
        Map<UUID, NpsRevisit> revisits = new HashMap<>();
        npsAnswers.after(triggers.stream().map(MeasuresQueries.TriggeringResponse::responseId).toList())
                .forEach(r -> revisits.put(r.responseId(), r));
        Map<String, LoopFigures.Recovery> recoveryRows = RecoveryTally.byTeam(triggers, revisits);

        Set<String> teams = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
        teams.addAll(caseRows.keySet());
        teams.addAll(loopRows.keySet());
        teams.addAll(slaRows.keySet());
        teams.addAll(recoveryRows.keySet());
        List<LoopFigures> byTeam = new ArrayList<>();
        for (String team : teams) {
            byTeam.add(figures(team, caseRows.get(team), loopRows.getOrDefault(team, LoopFigures.Share.NONE),
                    slaRows.get(team), recoveryRows.getOrDefault(team, LoopFigures.Recovery.NONE)));
        }
        LoopFigures overall = figures(scope.team(), caseTotal, loopTotal, CaseSlas.total(List.copyOf(slaRows.values())),
                RecoveryTally.overall(revisits.values()));
        return new MeasuresReport(scope.from(), scope.to(), scope.team(), scope.segment(), overall, byTeam);
    }

    private static LoopFigures figures(String team, MeasuresQueries.CaseRow cases, LoopFigures.Share closedLoop,
                                       TeamSlaRate sla, LoopFigures.Recovery recovery) {
        LoopFigures.Share breached = cases == null ? LoopFigures.Share.NONE : cases.breached();
        LoopFigures.SlaBreaches breaches = sla == null
                ? new LoopFigures.SlaBreaches(breached.count(), breached.n(), 0, 0, 0, 0)
                : new LoopFigures.SlaBreaches(breached.count(), breached.n(), sla.firstResponseBreached(),
                        sla.firstResponseBreached() + sla.firstResponseMet(), sla.resolutionBreached(),
                        sla.resolutionBreached() + sla.resolutionMet());
        return new LoopFigures(team,
                cases == null ? LoopFigures.CaseCounts.NONE : cases.counts(),
                Objects.requireNonNull(closedLoop),
                cases == null ? LoopFigures.Median.NONE : cases.firstResponse(),
                cases == null ? LoopFigures.Median.NONE : cases.resolution(),
                breaches, recovery);
    }
}
