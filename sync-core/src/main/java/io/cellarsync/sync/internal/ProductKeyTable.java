package io.cellarsync.sync.internal;

import org.jspecify.annotations.Nullable;

/**
 * The references of one site by product key, in an open-addressing table whose keys and values sit side by side in
 * one array: finding a line's reference, once per line imported, reads one slot for both instead of a bucket and a
 * hash-map node. Linear probing, at most half full; references are never removed.
 */
final class ProductKeyTable {

    private static final int FIRST_SLOTS = 16;

    /** Key of slot {@code i} at {@code 2i}, its reference at {@code 2i + 1}. */
    private @Nullable Object[] table = new Object[2 * FIRST_SLOTS];
    private int size;

    @Nullable ReferenceState get(String productKey) {
        int hash = productKey.hashCode();
        @Nullable Object[] slots = table;
        int mask = (slots.length >> 1) - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            Object key = slots[2 * i];
            if (key == null) {
                return null;
            }
            if (key == productKey || key.hashCode() == hash && key.equals(productKey)) {
                return (ReferenceState) slots[2 * i + 1];
            }
        }
    }

    /** Adds a reference whose product key is not in the table. */
    void add(String productKey, ReferenceState state) {
        if (2 * (size + 1) > table.length >> 1) {
            grow();
        }
        insert(table, productKey, state);
        size++;
    }

    private static void insert(@Nullable Object[] slots, Object key, Object value) {
        int mask = (slots.length >> 1) - 1;
        int i = spread(key.hashCode()) & mask;
        while (slots[2 * i] != null) {
            i = (i + 1) & mask;
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = value;
    }

    private void grow() {
        @Nullable Object[] old = table;
        @Nullable Object[] bigger = new Object[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            Object key = old[i];
            Object value = old[i + 1];
            if (key != null && value != null) {
                insert(bigger, key, value);
            }
        }
        table = bigger;
    }

    private static int spread(int hash) {
        return (hash * 0x9E3779B9) ^ (hash >>> 16);
    }
}
