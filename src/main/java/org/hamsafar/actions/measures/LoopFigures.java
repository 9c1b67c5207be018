package org.hamsafar.actions.measures;

/**
 * The closed-loop figures of one team ({@code team} null: cases without a team) or, in a report's
 * {@code overall}, of everything in scope ({@code team}: the scope's team). Every rate comes with its basis
 * {@code n}, so that a rate over three cases is seen for what it is; a rate or median over
 * nothing is null.
 */
public record LoopFigures(String team, CaseCounts cases, Share closedLoop, Median firstResponse, Median resolution,
                          SlaBreaches sla, Recovery recovery) {

    /**
     * Cases opened in the period, resolved in the period (whenever opened; a reopened case counts
     * again once resolved again) and open now (new, acknowledged or in progress, whenever opened).
     */
    public record CaseCounts(long opened, long resolved, long openNow) {
        static final CaseCounts NONE = new CaseCounts(0, 0, 0);
    }

    /** {@code count} of {@code n}. */
    public record Share(long count, long n) {
        static final Share NONE = new Share(0, 0);

        public Double rate() {
            return n == 0 ? null : (double) count / n;
        }
    }

    /** The median of {@code n} durations, in hours. */
    public record Median(Double hours, long n) {
        static final Median NONE = new Median(null, 0);
    }

    /**
     * Of the {@code cases} opened in the period, those with a recorded breach of either target
     * ({@code breached}); and, from the SLA clocks, each target's breach rate over the targets
     * judged so far (met or breached).
     */
    public record SlaBreaches(long breached, long cases, long firstResponseBreached, long firstResponseJudged, long resolutionBreached,
                       long resolutionJudged) {
        static final SlaBreaches NONE = new SlaBreaches(0, 0, 0, 0, 0, 0);

        public Double rate() {
            return new Share(breached, cases).rate();
        }

        public Double firstResponseRate() {
            return new Share(firstResponseBreached, firstResponseJudged).rate();
        }

        public Double resolutionRate() {
            return new Share(resolutionBreached, resolutionJudged).rate();
        }
    }

    /**
     * Detractors (NPS 0-6) whose answer opened or joined a case in the period, counted once per
     * customer; how many answered NPS again since, and how many of those answered 7-10. The rate
     * is recovered / answered again: a detractor who has not answered again is not known to be
     * lost.
     */
    public record Recovery(long detractors, long answeredAgain, long recovered) {
        static final Recovery NONE = new Recovery(0, 0, 0);

        public Double rate() {
            return new Share(recovered, answeredAgain).rate();
        }
    }
}
