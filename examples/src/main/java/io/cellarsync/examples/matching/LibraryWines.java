package io.cellarsync.examples.matching;

import io.cellarsync.examples.library.LibraryRow;
import io.cellarsync.matching.LibraryWine;
import java.util.List;

/** Turns rows of a library CSV file into the matcher's {@link LibraryWine}s. */
public final class LibraryWines {

    private LibraryWines() {}

    /**
     * Converts library rows.
     *
     * @param rows rows read by {@link io.cellarsync.examples.library.LibraryCsvReader}
     * @return the matcher's wines, in the same order
     */
    public static List<LibraryWine> of(List<LibraryRow> rows) {
        return rows.stream().map(LibraryWines::of).toList();
    }

    /**
     * Converts one library row.
     *
     * @param row a row of a library CSV file
     * @return the matcher's wine
     */
    public static LibraryWine of(LibraryRow row) {
        LibraryWine wine = LibraryWine.of(row.id(), row.name())
                .withProducer(row.producer())
                .withAppellation(row.appellation())
                .withRegion(row.region())
                .withCountry(row.country())
                .withColour(row.colour())
                .withGrapes(row.grapes());
        if (row.vintage().isPresent()) {
            wine = wine.withVintage(row.vintage().getAsInt());
        }
        if (row.volumeMl().isPresent()) {
            wine = wine.withVolumeMl(row.volumeMl().getAsInt());
        }
        return wine;
    }
}
