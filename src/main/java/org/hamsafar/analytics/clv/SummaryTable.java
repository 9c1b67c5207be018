package org.hamsafar.analytics.clv;

import java.util.Arrays;
import java.util.List;

/**
 * The distinct (x, t_x, T) triples of many customers with how many customers share each: the
 * likelihoods are sums over customers, so each distinct triple is computed once. Customers measured
 * in whole days share triples often (every one-time buyer of the same day is one row), and share
 * times even more: the distinct values of t_x and T ({@link #times}) and the distinct (x, time)
 * pairs ({@link #pairX}, {@link #pairTime}) let the likelihoods compute a logarithm or a
 * hypergeometric series once per time or pair instead of once per row. Rows are ordered by x, then T, then t_x.
 */
public final class SummaryTable {
    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] weight;
    final int rows;
    final long customers;
    final long repeatBuyers;
    final int maxFrequency;
    /** The distinct values of t_x and T, ascending; each row's t_x and T as an index into them. */
    final double[] times;
    final int[] txAt;
    final int[] ageAt;
    /** The distinct (x, t_x) and (x, T) pairs of the rows; each row's two pairs as an index into them. */
    final int[] pairX;
    final int[] pairTime;
    final int[] txPair;
    final int[] agePair;

    private SummaryTable(int[] x, double[] tx, double[] age, double[] weight) {
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.weight = weight;
        this.rows = x.length;
        long all = 0;
        long repeat = 0;
        int max = 0;
        for (int i = 0; i < rows; i++) {
            all += (long) weight[i];
            repeat += x[i] > 0 ? (long) weight[i] : 0;
            max = Math.max(max, x[i]);
        }
        this.customers = all;
        this.repeatBuyers = repeat;
        this.maxFrequency = max;
        this.times = distinctTimes(tx, age);
        this.txAt = new int[rows];
        this.ageAt = new int[rows];
        long[] pairKeys = new long[2 * rows];
        for (int i = 0; i < rows; i++) {
            txAt[i] = Arrays.binarySearch(times, tx[i]);
            ageAt[i] = Arrays.binarySearch(times, age[i]);
            pairKeys[2 * i] = (long) x[i] * times.length + txAt[i];
            pairKeys[2 * i + 1] = (long) x[i] * times.length + ageAt[i];
        }
        long[] distinctPairs = Arrays.stream(pairKeys).parallel().sorted().distinct().toArray();
        this.pairX = new int[distinctPairs.length];
        this.pairTime = new int[distinctPairs.length];
        for (int k = 0; k < distinctPairs.length; k++) {
            pairX[k] = (int) (distinctPairs[k] / times.length);
            pairTime[k] = (int) (distinctPairs[k] % times.length);
        }
        this.txPair = new int[rows];
        this.agePair = new int[rows];
        for (int i = 0; i < rows; i++) {
            txPair[i] = Arrays.binarySearch(distinctPairs, pairKeys[2 * i]);
            agePair[i] = Arrays.binarySearch(distinctPairs, pairKeys[2 * i + 1]);
        }
    }

    private static double[] distinctTimes(double[] tx, double[] age) {
        double[] both = Arrays.copyOf(tx, tx.length + age.length);
        System.arraycopy(age, 0, both, tx.length, age.length);
        Arrays.parallelSort(both);
        int distinct = 0;
        for (int i = 0; i < both.length; i++) {
            if (i == 0 || both[i] != both[distinct - 1]) {
                both[distinct++] = both[i];
            }
        }
        return Arrays.copyOf(both, distinct);
    }

    static SummaryTable of(List<CustomerSummary> summaries) {
        int n = summaries.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary s = summaries.get(i);
            x[i] = s.frequency();
            tx[i] = s.recency();
            age[i] = s.age();
        }
        return of(x, tx, age);
    }

    /**
     * Groups the customers given column-wise (the arrays are read, not kept): each customer becomes
     * one long key (x, rank of T, rank of t_x), the keys are sorted and equal keys counted.
     */
    static SummaryTable of(int[] x, double[] tx, double[] age) {
        int n = x.length;
        double[] times = distinctTimes(tx, age);
        int maxX = Arrays.stream(x).max().orElse(0);
        int timeBits = 64 - Long.numberOfLeadingZeros(Math.max(1, times.length - 1));
        int xBits = 64 - Long.numberOfLeadingZeros(Math.max(1, maxX));
        if (xBits + 2 * timeBits > 63) {
            throw new IllegalArgumentException("too many distinct times (" + times.length + ") and purchases (" + maxX
                    + ") to group; measure times in whole days");
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long ageRank = Arrays.binarySearch(times, age[i]);
            long txRank = Arrays.binarySearch(times, tx[i]);
            keys[i] = ((long) x[i] << (2 * timeBits)) | (ageRank << timeBits) | txRank;
        }
        Arrays.parallelSort(keys);
        long mask = (1L << timeBits) - 1;
        int[] gx = new int[n];
        double[] gtx = new double[n];
        double[] gage = new double[n];
        double[] gw = new double[n];
        int rows = 0;
        for (int k = 0; k < n; k++) {
            if (k > 0 && keys[k] == keys[k - 1]) {
                gw[rows - 1]++;
                continue;
            }
            gx[rows] = (int) (keys[k] >>> (2 * timeBits));
            gage[rows] = times[(int) ((keys[k] >>> timeBits) & mask)];
            gtx[rows] = times[(int) (keys[k] & mask)];
            gw[rows] = 1;
            rows++;
        }
        return new SummaryTable(Arrays.copyOf(gx, rows), Arrays.copyOf(gtx, rows), Arrays.copyOf(gage, rows), Arrays.copyOf(gw, rows));
    }

    /**
     * Every {@code step}-th row with its weight: a systematic sample spread over all frequencies and
     * ages (rows are sorted), for a cheap first search of the parameters.
     */
    SummaryTable everyNth(int step) {
        int n = (rows + step - 1) / step;
        int[] sx = new int[n];
        double[] stx = new double[n];
        double[] sage = new double[n];
        double[] sw = new double[n];
        for (int k = 0; k < n; k++) {
            sx[k] = x[k * step];
            stx[k] = tx[k * step];
            sage[k] = age[k * step];
            sw[k] = weight[k * step];
        }
        return new SummaryTable(sx, stx, sage, sw);
    }

    /** ln(c + t) for every distinct time t. */
    double[] logShifted(double c) {
        double[] out = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            out[k] = Math.log(c + times[k]);
        }
        return out;
    }
}
