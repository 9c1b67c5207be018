package org.hamsafar.analytics.clv;

/** Sums and differences of numbers held as their logarithms, without overflow or underflow. */
final class LogSpace {
    private LogSpace() {
    }

    /** ln(e^u + e^v). */
    static double add(double u, double v) {
        double hi = Math.max(u, v);
        if (hi == Double.NEGATIVE_INFINITY) {
            return hi;
        }
        return hi + Math.log1p(Math.exp(Math.min(u, v) - hi));
    }

    /** ln(e^u - e^v) for v &lt;= u; negative infinity when they are equal. */
    static double subtract(double u, double v) {
        if (v >= u) {
            return Double.NEGATIVE_INFINITY;
        }
        return u + Math.log1p(-Math.exp(v - u));
    }
}
