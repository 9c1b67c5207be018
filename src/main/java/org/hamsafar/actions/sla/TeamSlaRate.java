package org.hamsafar.actions.sla;

/**
 * How one team kept its SLAs over the cases opened in a period ({@code team} null: cases without a
 * team). A rate is breached / (met + breached): targets still running on time and cancelled ones
 * (closed, on time, without that step) are not judged yet or at all; null when nothing was judged.
 */
public record TeamSlaRate(String team, long cases, long firstResponseMet, long firstResponseBreached, long resolutionMet,
                          long resolutionBreached) {

    public Double firstResponseBreachRate() {
        return rate(firstResponseBreached, firstResponseMet);
    }

    public Double resolutionBreachRate() {
        return rate(resolutionBreached, resolutionMet);
    }

    TeamSlaRate plus(TeamSlaRate other) {
        return new TeamSlaRate(team, cases + other.cases, firstResponseMet + other.firstResponseMet,
                firstResponseBreached + other.firstResponseBreached, resolutionMet + other.resolutionMet,
                resolutionBreached + other.resolutionBreached);
    }

    private static Double rate(long breached, long met) {
        return breached + met == 0 ? null : (double) breached / (breached + met);
    }
}
