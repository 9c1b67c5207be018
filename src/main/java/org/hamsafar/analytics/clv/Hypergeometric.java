package org.hamsafar.analytics.clv;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) by its power series, for c &gt; 0 and
 * 0 &lt;= z &lt; 1. Callers pass it in the form whose term ratio (a+j)(b+j)/((c+j)(j+1)) z stays at
 * or below about z (Euler's transformation 2F1(a, b; c; z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z)
 * when a + b &gt; c): then no term is large, nothing overflows for customers with hundreds of
 * purchases, and the series needs a few dozen terms unless z is near 1.
 */
final class Hypergeometric {
    /** Enough for z up to about 0.9999; beyond that the caller's parameters are degenerate. */
    static final int MAX_TERMS = 200_000;
    private static final double TOLERANCE = 1e-15;

    private Hypergeometric() {
    }

    /**
     * 2F1(a, b; c; z) = sum_j (a)_j (b)_j / ((c)_j j!) z^j. Returns NaN when the series has not
     * converged within {@link #MAX_TERMS} terms (callers treat that as a failed evaluation).
     */
    static double f21(double a, double b, double c, double z) {
        if (!(c > 0 && z >= 0 && z < 1) || Double.isNaN(a + b)) {
            throw new IllegalArgumentException("2F1 series needs c > 0 and 0 <= z < 1, got a=" + a + " b=" + b + " c=" + c + " z=" + z);
        }
        double term = 1;
        double sum = 1;
        for (int j = 0; j < MAX_TERMS; j++) {
            double ratio = (a + j) * (b + j) / ((c + j) * (j + 1)) * z;
            term *= ratio;
            if (term == 0) {
                return sum;
            }
            sum += term;
            // The ratio of successive terms tends to z; with rho the larger of |ratio| and z the rest of
            // the series is about |term| rho / (1 - rho), once a + j and b + j are positive (the terms then keep their sign).
            double rho = Math.max(Math.abs(ratio), z);
            if (rho < 1 && j + 1 > Math.max(-a, -b) && Math.abs(term) * rho < TOLERANCE * Math.abs(sum) * (1 - rho)) {
                return sum;
            }
        }
        return Double.NaN;
    }

    /** ln 2F1(a, b; c; z) through Euler's transformation: (c-a-b) ln(1-z) + ln 2F1(c-a, c-b; c; z). */
    static double logF21Euler(double a, double b, double c, double z) {
        return (c - a - b) * Math.log1p(-z) + Math.log(f21(c - a, c - b, c, z));
    }
}
