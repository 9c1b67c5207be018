package org.hamsafar.actions.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.actions.CaseService;
import org.hamsafar.actions.CxCase;
import org.springframework.stereotype.Service;

/**
 * Cases' SLAs for the rest of the application (case API, agent inbox, closed-loop measures): the
 * status of a case or of a page of cases, and breach rates per team.
 */
@Service
public class CaseSlas {
    private final CaseSlaRepository clocks;
    private final SlaSettingsRepository settings;
    private final CaseService cases;
    private final Clock clock;

    CaseSlas(CaseSlaRepository clocks, SlaSettingsRepository settings, CaseService cases, Clock clock) {
        this.clocks = clocks;
        this.settings = settings;
        this.cases = cases;
        this.clock = clock;
    }

    /** The SLA of a case as of now; empty while the case has no clock yet (opened before SLAs existed). */
    public Optional<SlaStatus> status(long caseId) {
        return status(cases.get(caseId));
    }

    public Optional<SlaStatus> status(CxCase aCase) {
        return Optional.ofNullable(statuses(List.of(aCase)).get(aCase.id()));
    }

    /** The SLAs of several cases (one query), by case id; cases without a clock are missing. */
    public Map<Long, SlaStatus> statuses(Collection<CxCase> someCases) {
        if (someCases.isEmpty()) {
            return Map.of();
        }
        Map<Long, CaseSlaClock> found = clocks.find(someCases.stream().map(CxCase::id).toList());
        BusinessCalendar calendar = settings.current().calendar();
        Instant now = clock.instant();
        Map<Long, SlaStatus> out = new LinkedHashMap<>();
        for (CxCase aCase : someCases) {
            CaseSlaClock slaClock = found.get(aCase.id());
            if (slaClock != null) {
                out.put(aCase.id(), status(aCase, slaClock, calendar, now));
            }
        }
        return out;
    }

    /**
     * Per team (sorted by team, cases without a team first or last as the store sorts nulls), how
     * the cases opened in [{@code from}, {@code to}) kept their targets as of now.
     */
    public List<TeamSlaRate> breachRates(Instant from, Instant to) {
        return breachRates(from, to, null);
    }

    /** As {@link #breachRates(Instant, Instant)}, of the cases about a segment's members ({@code segment} null: all cases). */
    public List<TeamSlaRate> breachRates(Instant from, Instant to, String segment) {
        return clocks.ratesByTeam(from, to, segment, clock.instant());
    }

    /** The rates of all teams together. */
    public static TeamSlaRate total(List<TeamSlaRate> teams) {
        TeamSlaRate total = new TeamSlaRate(null, 0, 0, 0, 0, 0);
        for (TeamSlaRate team : teams) {
            total = total.plus(team);
        }
        return total;
    }

    static SlaStatus status(CxCase aCase, CaseSlaClock slaClock, BusinessCalendar calendar, Instant now) {
        SlaState first = slaClock.state(aCase, SlaTarget.FIRST_RESPONSE, now);
        SlaState resolution = slaClock.state(aCase, SlaTarget.RESOLUTION, now);
        return new SlaStatus(aCase.id(), slaClock.priority().key(), slaClock.firstResponseMinutes(), slaClock.resolutionMinutes(),
                slaClock.firstResponseDue(), slaClock.resolutionDue(), first, resolution,
                minutesLeft(aCase, slaClock, SlaTarget.FIRST_RESPONSE, calendar, now),
                minutesLeft(aCase, slaClock, SlaTarget.RESOLUTION, calendar, now),
                breachedAt(slaClock, SlaTarget.FIRST_RESPONSE, first), breachedAt(slaClock, SlaTarget.RESOLUTION, resolution),
                escalatedAt(slaClock, SlaTarget.FIRST_RESPONSE), escalatedAt(slaClock, SlaTarget.RESOLUTION), now);
    }

    /** A breach settled without notice when the clock was adopted was never escalated: nobody was told. */
    private static Instant escalatedAt(CaseSlaClock slaClock, SlaTarget target) {
        return slaClock.escalatedWithoutNotice(target) ? null : slaClock.escalatedAt(target);
    }

    private static Long minutesLeft(CxCase aCase, CaseSlaClock slaClock, SlaTarget target, BusinessCalendar calendar, Instant now) {
        return CaseSlaClock.running(aCase, target) ? calendar.workingMinutesBetween(now, slaClock.due(target)) : null;
    }

    /** A breach the check has not recorded yet (it runs every minute) happened at the due time all the same. */
    private static Instant breachedAt(CaseSlaClock slaClock, SlaTarget target, SlaState state) {
        Instant recorded = slaClock.breachedAt(target);
        return recorded != null || state != SlaState.BREACHED ? recorded : slaClock.due(target);
    }
}
