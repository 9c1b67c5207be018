package org.hamsafar.analytics.drivers;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Which drivers a regression can use: a constant driver (no variance among the complete cases)
 * explains nothing and makes the correlation matrix undefined; a driver that is an exact linear
 * combination of drivers kept before it (1 - R² of it on them below {@link #COLLINEAR}) makes
 * the matrix singular. Both are dropped and reported; the first of a collinear set is kept.
 */
final class DriverScreen {
    /** 1 - R² below this is perfect collinearity (rounding leaves about 1e-15 on exact combinations). */
    static final double COLLINEAR = 1e-8;

    private DriverScreen() {
    }

    /** A dropped driver: why ("constant" or "collinear") and, when collinear, the kept drivers it is a combination of. */
    record Dropped(int index, String reason, List<Integer> with) {
    }

    record Result(List<Integer> kept, List<Dropped> dropped) {
    }

    /**
     * {@code r}: correlations of the p drivers on the complete cases (NaN where a driver is
     * constant); {@code constant[j]}: driver j has no variance there.
     */
    static Result screen(double[][] r, boolean[] constant) {
        List<Integer> kept = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        for (int j = 0; j < constant.length; j++) {
            if (constant[j]) {
                dropped.add(new Dropped(j, "constant", List.of()));
                continue;
            }
            if (kept.isEmpty()) {
                kept.add(j);
                continue;
            }
            int k = kept.size();
            RealMatrix among = new Array2DRowRealMatrix(k, k);
            double[] withCandidate = new double[k];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    among.setEntry(a, b, r[kept.get(a)][kept.get(b)]);
                }
                withCandidate[a] = r[kept.get(a)][j];
            }
            // The kept drivers' matrix is positive definite (each passed this test), so it inverts.
            double[] coefficients = new EigenDecomposition(among).getSolver().solve(new ArrayRealVector(withCandidate)).toArray();
            double explained = 0;
            for (int a = 0; a < k; a++) {
                explained += coefficients[a] * withCandidate[a];
            }
            if (1 - explained < COLLINEAR) {
                List<Integer> with = new ArrayList<>();
                for (int a = 0; a < k; a++) {
                    if (Math.abs(coefficients[a]) > 1e-6) {
                        with.add(kept.get(a));
                    }
                }
                dropped.add(new Dropped(j, "collinear", with));
            } else {
                kept.add(j);
            }
        }
        return new Result(kept, dropped);
    }
}
