package io.cellarsync.sync.internal;

import io.cellarsync.sync.SaleLineId;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An open-addressing hash table of values by sale line, for the in-memory sales ledger: each value carries its own
 * line (read through the given function), so a recorded line costs one slot and one stored hash instead of a
 * {@code HashMap} node. Linear probing, at most half full, and removal by shifting back the entries that follow, so
 * that no tombstones accumulate.
 *
 * @param <V> the values
 */
final class LineTable<V> {

    private static final int FIRST_BITS = 4;

    private final Function<V, SaleLineId> lineOf;
    private @Nullable Object[] values;
    private int[] hashes;
    private int bits;
    private int size;

    LineTable(Function<V, SaleLineId> lineOf) {
        this.lineOf = lineOf;
        this.bits = FIRST_BITS;
        this.values = new Object[1 << bits];
        this.hashes = new int[1 << bits];
    }

    int size() {
        return size;
    }

    /** Makes room for this many values in all without growing. */
    void reserve(int total) {
        int needed = FIRST_BITS;
        while (needed < 30 && (1L << needed) < 2L * total) {
            needed++;
        }
        if (needed > bits) {
            rehash(needed);
        }
    }

    @SuppressWarnings("unchecked")
    @Nullable V get(SaleLineId line) {
        int hash = line.hashCode();
        int mask = values.length - 1;
        for (int i = slot(hash); ; i = (i + 1) & mask) {
            Object value = values[i];
            if (value == null) {
                return null;
            }
            if (hashes[i] == hash && lineOf.apply((V) value).equals(line)) {
                return (V) value;
            }
        }
    }

    /** Adds a value unless one of the same line is present, which is then returned (and the table left as it was). */
    @SuppressWarnings("unchecked")
    @Nullable V putIfAbsent(V fresh) {
        SaleLineId line = lineOf.apply(fresh);
        int hash = line.hashCode();
        int mask = values.length - 1;
        int i = slot(hash);
        for (Object value = values[i]; value != null; value = values[i]) {
            if (hashes[i] == hash && lineOf.apply((V) value).equals(line)) {
                return (V) value;
            }
            i = (i + 1) & mask;
        }
        values[i] = fresh;
        hashes[i] = hash;
        size++;
        if (2 * size > values.length) {
            rehash(bits + 1);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    @Nullable V remove(SaleLineId line) {
        int hash = line.hashCode();
        int mask = values.length - 1;
        int i = slot(hash);
        while (true) {
            Object value = values[i];
            if (value == null) {
                return null;
            }
            if (hashes[i] == hash && lineOf.apply((V) value).equals(line)) {
                shiftBack(i);
                size--;
                return (V) value;
            }
            i = (i + 1) & mask;
        }
    }

    /** Empties a slot, moving back each following entry of the run whose home slot the gap lies between. */
    private void shiftBack(int emptied) {
        int mask = values.length - 1;
        int gap = emptied;
        for (int j = (gap + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(hashes[j]);
            // The entry at j may move into the gap when its home is not cyclically within (gap, j].
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                values[gap] = values[j];
                hashes[gap] = hashes[j];
                gap = j;
            }
        }
        values[gap] = null;
        hashes[gap] = 0;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - bits);
    }

    private void rehash(int newBits) {
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        bits = newBits;
        values = new Object[1 << newBits];
        hashes = new int[1 << newBits];
        int mask = values.length - 1;
        for (int k = 0; k < oldValues.length; k++) {
            if (oldValues[k] != null) {
                int i = slot(oldHashes[k]);
                while (values[i] != null) {
                    i = (i + 1) & mask;
                }
                values[i] = oldValues[k];
                hashes[i] = oldHashes[k];
            }
        }
    }
}
