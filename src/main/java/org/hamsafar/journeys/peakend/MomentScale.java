package org.hamsafar.journeys.peakend;

import java.util.ArrayList;
import java.util.List;

/**
 * How every scored experience becomes one intensity from -1 (the worst) to +1 (the best), the
 * scale on which peaks, ends and averages are taken. Linear maps of each scale's midpoint to 0 and
 * its ends to -1 and +1:
 * <ul>
 *   <li>NPS 0..10: (x - 5) / 5, so 0 is -1, 5 is 0 and 10 is +1;</li>
 *   <li>CSAT 1..5: (x - 3) / 2;</li>
 *   <li>CES 1..7, this product's wording where 7 is "very easy" (low effort): (x - 4) / 3, so low effort is positive;</li>
 *   <li>rating 1..s stars (s from the question, 3 to 10; 5 when unknown): (2x - s - 1) / (s - 1);</li>
 *   <li>an analysed text: its sentiment score, already -1..1.</li>
 * </ul>
 * Yes/no and choice questions are not experiences on a scale (a "yes" may be good or bad news) and
 * are left out. Every intensity is clipped to -1..1 and rounded to 6 decimals in the database, so
 * that equal experiences compare equal (ties) on both stores.
 *
 * <p>A survey response is <em>one</em> moment, whatever it holds: the mean intensity of its scored
 * answers; its analysed comments count only when it has no scored answer (then the mean sentiment of
 * those comments, source {@code text}). The customer's own rating on a calibrated scale is the better
 * measure of the same experience, and counting the comment as a second moment would weigh commented
 * responses twice in the average and let one response be both peak and end.
 */
final class MomentScale {
    /** Moment sources: a survey response's scores; a response known only by its analysed comments; an event's analysed text. */
    static final String RESPONSE = "response";
    static final String TEXT = "text";
    static final String EVENT = "event";

    /** Bits of the measures a moment was made of, summed in SQL (SUM(DISTINCT bit)). */
    static final int NPS = 1;
    static final int CSAT = 2;
    static final int CES = 4;
    static final int RATING = 8;
    static final int SENTIMENT = 16;

    /**
     * The intensity of one scored answer {@code a}, as SQL: {@code a.question_type}, {@code a.score} and
     * {@code a.scale} (a rating's number of stars; null: 5).
     */
    static final String ANSWER_INTENSITY = """
            CASE a.question_type
                WHEN 'nps' THEN (a.score - 5) / 5.0
                WHEN 'csat' THEN (a.score - 3) / 2.0
                WHEN 'ces' THEN (a.score - 4) / 3.0
                ELSE (2.0 * a.score - COALESCE(a.scale, 5) - 1) / (COALESCE(a.scale, 5) - 1)
            END""";

    /** The bit of one answer's question type, as SQL. */
    static final String ANSWER_MEASURE = "CASE a.question_type WHEN 'nps' THEN " + NPS + " WHEN 'csat' THEN " + CSAT
            + " WHEN 'ces' THEN " + CES + " ELSE " + RATING + " END";

    private MomentScale() {
    }

    /** {@code value} clipped to -1..1 and rounded to 6 decimals, as a double, in SQL both stores accept. */
    static String clipped(String value) {
        return "CAST(CAST(GREATEST(-1.0, LEAST(1.0, " + value + ")) AS DECIMAL(9, 6)) AS DOUBLE PRECISION)";
    }

    /** The measures in a bit sum, in a fixed order: nps, csat, ces, rating, sentiment. */
    static List<String> measures(int bits) {
        List<String> measures = new ArrayList<>();
        String[] names = {"nps", "csat", "ces", "rating", "sentiment"};
        for (int i = 0; i < names.length; i++) {
            if ((bits & (1 << i)) != 0) {
                measures.add(names[i]);
            }
        }
        return measures;
    }
}
