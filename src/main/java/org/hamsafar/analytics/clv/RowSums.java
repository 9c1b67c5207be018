package org.hamsafar.analytics.clv;

import java.util.stream.IntStream;

/**
 * Sums a function over the rows of a table in parallel blocks, adding the block sums in a fixed
 * order so that the same input gives the same bits every time (the optimiser's path must not
 * depend on thread timing).
 */
final class RowSums {
    /** Rows per block: small tables stay on the calling thread. */
    private static final int BLOCK = 16_384;

    /** The sum over rows [from, to) of one block. */
    @FunctionalInterface
    interface Block {
        double sum(int from, int to);
    }

    private RowSums() {
    }

    static double sum(int rows, Block block) {
        if (rows <= BLOCK) {
            return block.sum(0, rows);
        }
        int blocks = (rows + BLOCK - 1) / BLOCK;
        double[] partial = new double[blocks];
        IntStream.range(0, blocks).parallel().forEach(b -> partial[b] = block.sum(b * BLOCK, Math.min(rows, (b + 1) * BLOCK)));
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return total;
    }
}
