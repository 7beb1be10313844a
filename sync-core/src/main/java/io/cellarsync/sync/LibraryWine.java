package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A wine of the cellar application's library, with its initial stock in bottles.
 *
 * @param id the wine's id in the library; not blank, unique
 * @param name the wine's name (cuvée)
 * @param producer the producer, or {@code null}
 * @param appellation the appellation, or {@code null}
 * @param region the region, or {@code null}
 * @param country the country, or {@code null}
 * @param colour the colour, or {@code null}
 * @param vintage the vintage year, from {@value #FIRST_VINTAGE} to {@value #LAST_VINTAGE}, or {@code null} for a
 *     non-vintage wine (the engine rejects other years: {@link Rejection.Reason#INVALID_VINTAGE})
 * @param volumeMl the bottle size in whole millilitres, from 1 to {@value #MAX_VOLUME_ML}, or {@code null} (the engine
 *     rejects other sizes: {@link Rejection.Reason#INVALID_WINE})
 * @param initialStock the stock in bottles when the wine enters the library; not negative
 * @param grapes the grape varieties, possibly empty
 */
public record LibraryWine(
        String id,
        String name,
        @Nullable String producer,
        @Nullable String appellation,
        @Nullable String region,
        @Nullable String country,
        @Nullable String colour,
        @Nullable Integer vintage,
        @Nullable Integer volumeMl,
        BigDecimal initialStock,
        List<String> grapes) {

    /**
     * The first vintage a wine may have. One rule for every way a wine enters the library or has its vintage set (a
     * library file, {@link AddWines}, the "almost" and "no" answers of {@link LinkReference}).
     */
    public static final int FIRST_VINTAGE = 1800;

    /** The last vintage a wine may have; see {@link #FIRST_VINTAGE}. */
    public static final int LAST_VINTAGE = 2099;

    /** The largest bottle size in millilitres a wine may have (the smallest is 1). */
    public static final int MAX_VOLUME_ML = 999_999;

    /**
     * The most bottles an initial stock or a stock adjustment may count, the largest numerator or denominator of
     * bottles per unit sold ({@link BottlesPerUnit}), and the most bottles one unit sold may take ({@code 1/1e-7} is
     * refused, though neither of its numbers is large). A cellar holds far fewer; the bound keeps a typo
     * ({@code 1e2000}) from becoming a number no report or tool can show.
     */
    public static final int MAX_BOTTLES = 1_000_000;

    /** Checks the components are present and copies the grapes. */
    public LibraryWine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initialStock, "initialStock");
        grapes = List.copyOf(grapes);
    }

    /**
     * A wine with only an id, a name, a vintage and an initial stock.
     *
     * @param id the id
     * @param name the name
     * @param vintage the vintage, or {@code null}
     * @param initialStock the initial stock in bottles
     * @return the wine
     */
    public static LibraryWine of(String id, String name, @Nullable Integer vintage, BigDecimal initialStock) {
        return new LibraryWine(id, name, null, null, null, null, null, vintage, null, initialStock, List.of());
    }

    /**
     * This wine with another vintage (the "almost" answer, R9).
     *
     * @param newVintage the vintage to set
     * @return a copy with the vintage replaced
     */
    public LibraryWine withVintage(int newVintage) {
        return new LibraryWine(id, name, producer, appellation, region, country, colour, newVintage, volumeMl,
                initialStock, grapes);
    }
}
