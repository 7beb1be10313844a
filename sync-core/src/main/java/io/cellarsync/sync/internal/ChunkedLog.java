package io.cellarsync.sync.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An append-only log of entries (an object and a {@code long} code), in chunks of 2<sup>18</sup> entries that are never
 * copied once full. The in-memory ledgers append one entry per recorded fact here, at the end, where the memory is
 * already in the cache, instead of at the tail of one of many small per-reference or per-wine lists; each fact links to
 * the previous fact of its reference or attribution through its code, so that reading them back costs a step per fact
 * of that chain only. Full chunks are large arrays, which the garbage collector allocates outside the young
 * generation and never copies. The first chunk starts small and grows, so that a small engine stays small.
 */
final class ChunkedLog {

    private static final int CHUNK_BITS = 18;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;
    private static final int FIRST_ROOM = 64;

    private @Nullable Object[][] items = {new Object[FIRST_ROOM]};
    private long[][] codes = {new long[FIRST_ROOM]};
    private long size;

    /**
     * Appends an entry.
     *
     * @return its position, from 0
     */
    long append(Object item, long code) {
        long position = size;
        int chunk = (int) (position >>> CHUNK_BITS);
        int offset = (int) position & MASK;
        if (chunk == items.length) {
            items = Arrays.copyOf(items, chunk + 1);
            codes = Arrays.copyOf(codes, chunk + 1);
            items[chunk] = new Object[CHUNK];
            codes[chunk] = new long[CHUNK];
        } else if (offset == codes[chunk].length) {
            items[chunk] = Arrays.copyOf(items[chunk], offset * 2);
            codes[chunk] = Arrays.copyOf(codes[chunk], offset * 2);
        }
        items[chunk][offset] = item;
        codes[chunk][offset] = code;
        size = position + 1;
        return position;
    }

    Object item(long position) {
        Object item = items[(int) (position >>> CHUNK_BITS)][(int) position & MASK];
        if (item == null) {
            throw new IllegalArgumentException("No entry at " + position + " in a log of " + size);
        }
        return item;
    }

    long code(long position) {
        return codes[(int) (position >>> CHUNK_BITS)][(int) position & MASK];
    }
}
