package org.hamsafar.analytics.churn;

import java.time.Instant;
import java.util.Arrays;

/**
 * What the store knew about each customer at a cutoff, one array per fact, indexed by position in
 * {@link #ids} (ascending): the customers who were live and had at least one activity event before
 * the cutoff. Counts and values are over the look-back window before the cutoff; times are epoch
 * seconds. Missing survey answers and sentiment are NaN; an unknown birth year is 0.
 */
final class CustomerSnapshot {
    final Instant cutoff;
    final long[] ids;
    final long[] firstEventAt;
    final long[] lastActivityAt;
    final long[] activities;
    final double[] activityValue;
    final long[] events;
    final long[][] eventsByChannel;
    final long[] contacts;
    final long[] complaints;
    final double[] npsMean;
    final double[] npsLast;
    final double[] csatMean;
    final double[] csatLast;
    final long[] texts;
    final double[] sentiment;
    final long[] casesOpened;
    final long[] casesOpen;
    final String[] gender;
    final int[] birthYear;
    final String[] city;
    final boolean[] live;

    CustomerSnapshot(Instant cutoff, long[] ids, int channels) {
        int n = ids.length;
        this.cutoff = cutoff;
        this.ids = ids;
        firstEventAt = new long[n];
        lastActivityAt = new long[n];
        activities = new long[n];
        activityValue = new double[n];
        events = new long[n];
        eventsByChannel = new long[n][channels];
        contacts = new long[n];
        complaints = new long[n];
        npsMean = nan(n);
        npsLast = nan(n);
        csatMean = nan(n);
        csatLast = nan(n);
        texts = new long[n];
        sentiment = nan(n);
        casesOpened = new long[n];
        casesOpen = new long[n];
        gender = new String[n];
        birthYear = new int[n];
        city = new String[n];
        live = new boolean[n];
    }

    int size() {
        return ids.length;
    }

    /** The position of {@code customerId}, or -1 when the customer is not in the snapshot. */
    int positionOf(long customerId) {
        int position = Arrays.binarySearch(ids, customerId);
        return position >= 0 ? position : -1;
    }

    private static double[] nan(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
