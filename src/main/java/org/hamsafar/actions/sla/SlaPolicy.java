package org.hamsafar.actions.sla;

/**
 * The targets of one priority, in minutes of working time from the case's opening: the first
 * response (the first move out of new) and the resolution. Resolution is never sooner than the
 * first response.
 */
public record SlaPolicy(int firstResponseMinutes, int resolutionMinutes) {
    /** A year of round-the-clock minutes: any longer target is a typing mistake. */
    public static final int MAX_MINUTES = 525_600;

    public SlaPolicy {
        if (firstResponseMinutes < 1 || firstResponseMinutes > MAX_MINUTES || resolutionMinutes < 1 || resolutionMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("SLA targets must be 1 to " + MAX_MINUTES + " minutes");
        }
        if (resolutionMinutes < firstResponseMinutes) {
            throw new IllegalArgumentException("The resolution target must not be shorter than the first-response target");
        }
    }

    public int minutesFor(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponseMinutes : resolutionMinutes;
    }
}
