package org.hamsafar.journeys.overlay;

import org.hamsafar.feedback.PlaceFeedback;
import org.hamsafar.text.PlaceTexts;

/**
 * The actual emotion at a stage on the designed scale -2..+2: twice the mean intensity of the stage's
 * moments. Each scored answer and each analysed text given at the stage is one moment, with the
 * peak-end analysis's intensities from -1 to +1 (see {@code journeys.peakend.MomentScale}): NPS
 * 0..10 as (x - 5) / 5, CSAT 1..5 as (x - 3) / 2, CES 1..7 (7 = very easy) as (x - 4) / 3, a text
 * as its sentiment score. The maps are linear, so the sum of a metric's intensities is the map of
 * the sum of its answers, which the store gives: no answer leaves the database. Unlike the peak-end
 * analysis, which picks one moment per response to find a peak, an average over a stage weighs every
 * piece of evidence: a response with a score and a comment gives two moments.
 */
final class StageEmotion {
    private StageEmotion() {
    }

    /** The actual emotion (-2..2) and the moments behind it; actual is null without moments. */
    record Actual(Double value, long moments) {
    }

    static Actual of(PlaceFeedback feedback, PlaceTexts texts) {
        long nps = feedback.nps().n();
        long csat = feedback.csat().n();
        long ces = feedback.ces().n();
        long moments = nps + csat + ces + texts.texts();
        if (moments == 0) {
            return new Actual(null, 0);
        }
        double sum = (feedback.npsScoreSum() - 5.0 * nps) / 5.0
                + (feedback.csatScoreSum() - 3.0 * csat) / 2.0
                + (feedback.cesScoreSum() - 4.0 * ces) / 3.0
                + texts.scoreSum();
        double mean = Math.max(-1, Math.min(1, sum / moments));
        return new Actual(2 * mean, moments);
    }

    /** actual - designed, or null when either is missing. */
    static Double gap(Double actual, Integer designed) {
        return actual == null || designed == null ? null : actual - designed;
    }
}
