package io.cellarsync.matching;

import java.util.Arrays;

/**
 * The library wines that share a name and a producer: one wine, in its vintages and bottle sizes (the LWIN idea
 * of MATCHING.md: wine, then vintage, then format). Immutable once built; terms are ids into a {@link WineIndex}'s
 * vocabulary.
 */
final class WineFamily {

    /** One library wine of the family: its id, vintage (0 for none) and volume (0 when unknown). */
    record Row(String id, short vintage, int volumeMl) {}

    static final int[] NO_TERMS = new int[0];

    final String name;
    final String producer;
    final int[] nameTerms;
    final int[] producerTerms;
    final int[] placeTerms;
    final Colour colour;
    final Row[] rows;

    WineFamily(String name, String producer, int[] nameTerms, int[] producerTerms, int[] placeTerms, Colour colour,
            Row[] rows) {
        this.name = name;
        this.producer = producer;
        this.nameTerms = nameTerms;
        this.producerTerms = producerTerms;
        this.placeTerms = placeTerms;
        this.colour = colour;
        this.rows = rows;
    }

    WineFamily withRows(Row[] more) {
        Row[] all = Arrays.copyOf(rows, rows.length + more.length);
        System.arraycopy(more, 0, all, rows.length, more.length);
        return new WineFamily(name, producer, nameTerms, producerTerms, placeTerms, colour, all);
    }

    boolean holdsVintage(int vintage) {
        for (Row row : rows) {
            if (row.vintage() == vintage) {
                return true;
            }
        }
        return false;
    }

    boolean has(int term) {
        return contains(nameTerms, term) || contains(producerTerms, term) || contains(placeTerms, term);
    }

    static boolean contains(int[] terms, int term) {
        for (int t : terms) {
            if (t == term) {
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
