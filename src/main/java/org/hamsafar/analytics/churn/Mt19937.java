package org.hamsafar.analytics.churn;

/**
 * The Mersenne Twister MT19937 (Matsumoto and Nishimura 1998, "Mersenne Twister: a 623-dimensionally
 * equidistributed uniform pseudo-random number generator", ACM TOMACS 8(1)), seeded by the reference
 * {@code init_genrand}, which is how numpy's legacy {@code RandomState(int)} seeds it. Used only to
 * reproduce published data splits exactly; not for anything secret.
 */
final class Mt19937 {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index;

    /** The generator after {@code init_genrand(seed)}; {@code seed} is taken modulo 2^32. */
    Mt19937(long seed) {
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            // mt[i] = 1812433253 * (mt[i-1] ^ (mt[i-1] >> 30)) + i, all modulo 2^32
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** The next 32-bit output ({@code genrand_int32}) as an unsigned value in 0..2^32-1. */
    long nextUnsigned32() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private void twist() {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        index = 0;
    }
}
