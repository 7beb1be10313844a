package io.cellarsync.matching;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The library wines that share a name and a producer: one wine, in its vintages and bottle sizes (the LWIN idea
 * of MATCHING.md: wine, then vintage, then format). Immutable once built; terms are ids into a {@link WineIndex}'s
 * vocabulary.
 */
final class WineFamily {

    /** One library wine of the family: its id, vintage (0 for none) and volume (0 when unknown). */
    record Row(String id, short vintage, int volumeMl) {}

    static final int[] NO_TERMS = new int[0];

    /** The fields whose terms a family keeps, in the order they are stored. */
    enum Field { NAME, PRODUCER, PLACE }

    final String name;
    final String producer;
    /** The terms of the name, then the producer, then the appellation and region, in one array to save heap. */
    final int[] terms;
    private final short producerFrom;
    private final short placeFrom;
    final Colour colour;
    /**
     * The varieties of the wine's grapes, packed ({@link GrapeVarieties#grapesOf}); 0 when not known. An int fills the
     * object's alignment padding: it costs no heap.
     */
    final int grapes;
    final Row[] rows;

    WineFamily(String name, String producer, int[] nameTerms, int[] producerTerms, int[] placeTerms, Colour colour,
            int grapes, Row[] rows) {
        this(name, producer, concat(nameTerms, producerTerms, placeTerms), (short) nameTerms.length,
                (short) (nameTerms.length + producerTerms.length), colour, grapes, rows);
    }

    private WineFamily(String name, String producer, int[] terms, short producerFrom, short placeFrom, Colour colour,
            int grapes, Row[] rows) {
        this.name = name;
        this.producer = producer;
        this.terms = terms;
        this.producerFrom = producerFrom;
        this.placeFrom = placeFrom;
        this.colour = colour;
        this.grapes = grapes;
        this.rows = rows;
    }

    private static int[] concat(int[] a, int[] b, int[] c) {
        int[] all = new int[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
    }

    int from(Field field) {
        return switch (field) {
            case NAME -> 0;
            case PRODUCER -> producerFrom;
            case PLACE -> placeFrom;
        };
    }

    int to(Field field) {
        return switch (field) {
            case NAME -> producerFrom;
            case PRODUCER -> placeFrom;
            case PLACE -> terms.length;
        };
    }

    boolean fieldHas(Field field, int term) {
        for (int i = from(field); i < to(field); i++) {
            if (terms[i] == term) {
                return true;
            }
        }
        return false;
    }

    WineFamily withRows(Row[] more) {
        Row[] all = Arrays.copyOf(rows, rows.length + more.length);
        System.arraycopy(more, 0, all, rows.length, more.length);
        return new WineFamily(name, producer, terms, producerFrom, placeFrom, colour, grapes, all);
    }

    /** The family with these grapes ({@link #grapes}) instead of its own. */
    WineFamily withGrapes(int packed) {
        return new WineFamily(name, producer, terms, producerFrom, placeFrom, colour, packed, rows);
    }

    /** Whether every row of the family has a vintage (a vintage wine, never a non-vintage one). */
    boolean onlyVintaged() {
        for (Row row : rows) {
            if (row.vintage() == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether no row of the family has a vintage (a non-vintage wine: most Champagne, Cava, many brands). */
    boolean neverVintaged() {
        for (Row row : rows) {
            if (row.vintage() != 0) {
                return false;
            }
        }
        return true;
    }

    /** The distinct terms of the family's name that {@code kept} keeps, sorted: a name compared as a set of words. */
    int[] nameTerms(IntPredicate kept) {
        return Arrays.stream(terms, from(Field.NAME), to(Field.NAME)).filter(kept).sorted().distinct().toArray();
    }

    /** Whether a row of the family is of this bottle volume. */
    boolean holdsVolume(int volumeMl) {
        return holdsVolumeWhere(volume -> volume == volumeMl);
    }

    /** Whether a row of the family has a bottle volume (0 when the library gives none) that passes the test. */
    boolean holdsVolumeWhere(IntPredicate test) {
        for (Row row : rows) {
            if (test.test(row.volumeMl())) {
                return true;
            }
        }
        return false;
    }

    boolean holdsVintage(int vintage) {
        for (Row row : rows) {
            if (row.vintage() == vintage) {
                return true;
            }
        }
        return false;
    }

    /**
     * The row a label names: the label's vintage when held, else the closest vintage; the label's volume when held,
     * else a standard bottle; the newest vintage when the label gives none.
     */
    Row rowFor(int vintage, int volumeMl) {
        Row best = rows[0];
        long bestCost = Long.MAX_VALUE;
        for (Row row : rows) {
            long vintageCost = vintage == 0 ? 3000 - row.vintage() : Math.abs(row.vintage() - vintage) * 10L;
            int wantedVolume = volumeMl == 0 ? 750 : volumeMl;
            long volumeCost = row.volumeMl() == wantedVolume || (row.volumeMl() == 0 && wantedVolume == 750) ? 0 : 1;
            long cost = vintageCost * 2 + volumeCost * (vintage == 0 ? 100000 : 5);
            if (cost < bestCost) {
                bestCost = cost;
                best = row;
            }
        }
        return best;
    }
}
