package org.hamsafar.analytics.rfm;

import java.util.List;

/**
 * Named RFM segments by the widely used grid of recency (R) against frequency (F) scores, 1..5
 * each (5 = most recent / most frequent); the monetary score does not place a customer, it
 * describes the segment. Rows R, columns F:
 *
 * <pre>
 *        F=1             F=2                  F=3                  F=4              F=5
 * R=5    new_customers   potential_loyalists  potential_loyalists  champions        champions
 * R=4    promising       potential_loyalists  potential_loyalists  loyal_customers  loyal_customers
 * R=3    about_to_sleep  about_to_sleep       need_attention       loyal_customers  loyal_customers
 * R=2    hibernating     hibernating          at_risk              at_risk          cant_lose
 * R=1    lost            hibernating          at_risk              at_risk          cant_lose
 * </pre>
 *
 * The grid is the common R×F map (R 1-2 with F 1-2 hibernating, F 3-4 at risk, F 5 can't lose;
 * R 3 with F 1-2 about to sleep, F 3 need attention; R 3-4 with F 4-5 loyal; R 4 F 1 promising;
 * R 5 F 1 new; R 4-5 F 2-3 potential loyalists; R 5 F 4-5 champions), with its lowest corner
 * (R 1, F 1: longest gone, bought least) named lost rather than hibernating.
 */
public final class RfmGrid {
    /** Segment keys from the most to the least valuable position on the grid. */
    public static final List<String> SEGMENTS = List.of("champions", "loyal_customers", "potential_loyalists", "new_customers",
            "promising", "need_attention", "about_to_sleep", "cant_lose", "at_risk", "hibernating", "lost");

    private static final String[][] GRID = {
            // F=1..5 for R=1
            {"lost", "hibernating", "at_risk", "at_risk", "cant_lose"},
            {"hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"},
            {"about_to_sleep", "about_to_sleep", "need_attention", "loyal_customers", "loyal_customers"},
            {"promising", "potential_loyalists", "potential_loyalists", "loyal_customers", "loyal_customers"},
            {"new_customers", "potential_loyalists", "potential_loyalists", "champions", "champions"},
    };

    private RfmGrid() {
    }

    /** The segment of scores {@code r} and {@code f}, each 1..5. */
    public static String segment(int r, int f) {
        if (r < 1 || r > 5 || f < 1 || f > 5) {
            throw new IllegalArgumentException("RFM scores are 1..5, not r=" + r + ", f=" + f);
        }
        return GRID[r - 1][f - 1];
    }
}
