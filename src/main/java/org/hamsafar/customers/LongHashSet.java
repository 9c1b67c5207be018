package org.hamsafar.customers;

/**
 * A set of 64-bit hashes in one primitive array (open addressing, linear probing), so that millions
 * of identity hashes take 8 bytes each instead of an object per entry. Not thread-safe: used under
 * the store's write lock.
 */
final class LongHashSet {
    private static final long EMPTY = 0L;
    private long[] slots = new long[1 << 16];
    private int size;

    /** 0 marks an empty slot, so the one hash that is 0 is stored as 1 (a harmless false positive). */
    private static long nonZero(long hash) {
        return hash == EMPTY ? 1L : hash;
    }

    boolean contains(long hash) {
        long h = nonZero(hash);
        int mask = slots.length - 1;
        for (int i = index(h, mask); ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == EMPTY) {
                return false;
            }
            if (slot == h) {
                return true;
            }
        }
    }

    void add(long hash) {
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        if (insert(slots, nonZero(hash))) {
            size++;
        }
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = index(h, mask); ; i = (i + 1) & mask) {
            if (table[i] == EMPTY) {
                table[i] = h;
                return true;
            }
            if (table[i] == h) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long slot : slots) {
            if (slot != EMPTY) {
                insert(bigger, slot);
            }
        }
        slots = bigger;
    }

    private static int index(long h, int mask) {
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
