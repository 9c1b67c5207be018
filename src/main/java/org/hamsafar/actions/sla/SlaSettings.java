package org.hamsafar.actions.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.actions.CasePriority;

/**
 * Everything that decides when a case is due: a policy per priority and the business calendar
 * (week, holidays, zone). {@code changedAt}/{@code changedBy} are null for the built-in defaults.
 */
public record SlaSettings(Map<CasePriority, SlaPolicy> policies, WorkingWeek week, List<Holiday> holidays, ZoneId zone,
                         Instant changedAt, String changedBy) {

    public SlaSettings {
        for (CasePriority priority : CasePriority.values()) {
            if (!policies.containsKey(priority)) {
                throw new IllegalArgumentException("No SLA policy for priority " + priority.key());
            }
        }
        policies = Collections.unmodifiableMap(new EnumMap<>(policies));
        holidays = holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList();
        // Fails on two holidays with one date, before anything is stored.
        new BusinessCalendar(week, holidays, zone);
    }

    /** Urgent 1 h / 4 h, high 2 h / 8 h, normal 4 h / 16 h (two working days), low 8 h / 40 h (a working week). */
    public static SlaSettings defaults() {
        Map<CasePriority, SlaPolicy> policies = new EnumMap<>(CasePriority.class);
        policies.put(CasePriority.URGENT, new SlaPolicy(60, 240));
        policies.put(CasePriority.HIGH, new SlaPolicy(120, 480));
        policies.put(CasePriority.NORMAL, new SlaPolicy(240, 960));
        policies.put(CasePriority.LOW, new SlaPolicy(480, 2400));
        return new SlaSettings(policies, WorkingWeek.DEFAULT, List.of(), BusinessCalendar.DEFAULT_ZONE, null, null);
    }

    public SlaPolicy policy(CasePriority priority) {
        return policies.get(priority);
    }

    public BusinessCalendar calendar() {
        return new BusinessCalendar(week, holidays, zone);
    }

    SlaSettings changed(Instant at, String by) {
        return new SlaSettings(policies, week, holidays, zone, at, by);
    }
}
