package io.cellarsync.examples.library;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One wine of a library CSV file, as written there: no domain rule applied yet.
 *
 * <p>Absent text columns are empty strings; absent numbers are empty optionals.
 *
 * @param line the 1-based line of the file the row started on
 * @param id the wine's id in the cellar app (column {@code id}, never blank)
 * @param name the wine's name (column {@code name}, never blank)
 * @param producer the producer, or empty
 * @param appellation the appellation, or empty
 * @param region the region, or empty
 * @param country the country, or empty
 * @param colour the colour as written (red, white, rosé…), or empty
 * @param vintage the vintage year, empty for a non-vintage wine or when not given
 * @param volumeMl the bottle volume in millilitres, or empty
 * @param stock the quantity in the cellar (bottles, may be fractional), or empty
 * @param grapes the grapes as written, split on commas, or empty
 */
public record LibraryRow(
        int line,
        String id,
        String name,
        String producer,
        String appellation,
        String region,
        String country,
        String colour,
        OptionalInt vintage,
        OptionalInt volumeMl,
        Optional<BigDecimal> stock,
        List<String> grapes) {

    /** Checks that every component is present and copies the grapes. */
    public LibraryRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(appellation, "appellation");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(vintage, "vintage");
        Objects.requireNonNull(volumeMl, "volumeMl");
        Objects.requireNonNull(stock, "stock");
        grapes = List.copyOf(grapes);
    }
}
