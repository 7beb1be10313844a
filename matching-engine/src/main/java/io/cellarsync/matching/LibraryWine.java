package io.cellarsync.matching;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A wine of the cellar's library as the matcher needs it. A wine with several vintages or bottle sizes is several
 * library wines sharing a name and producer; the matcher groups them.
 *
 * <p>Build one with {@link #of(String, String)} and the {@code with…} methods:
 * <pre>{@code
 * LibraryWine margaux = LibraryWine.of("w42", "Château Margaux")
 *         .withProducer("Château Margaux").withAppellation("Margaux").withColour("red")
 *         .withVintage(2015).withVolumeMl(750).withGrapes(List.of("Cabernet Sauvignon", "Merlot"));
 * }</pre>
 *
 * @param id the wine's id in the host application; never blank
 * @param name the wine's name (cuvée); never blank
 * @param producer the producer, or empty
 * @param appellation the appellation, or empty
 * @param region the region, or empty
 * @param country the country, or empty
 * @param colour the colour as written ({@code red}, {@code rouge}, {@code white}, {@code rosé}…), or empty
 * @param vintage the vintage year; empty for a non-vintage wine
 * @param volumeMl the bottle volume in millilitres; empty when not known (taken as a standard bottle)
 * @param grapes the grape varieties the wine is made from, one per element as written ("Pinot noir", "Garnacha"),
 *     or empty when not known; the matcher reads a label's grape against them and a colour from them
 */
public record LibraryWine(
        String id,
        String name,
        String producer,
        String appellation,
        String region,
        String country,
        String colour,
        OptionalInt vintage,
        OptionalInt volumeMl,
        List<String> grapes) {

    /**
     * Checks the components.
     *
     * @throws InvalidWineException when the id or the name is blank, or the vintage or volume is out of range
     */
    public LibraryWine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(appellation, "appellation");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(vintage, "vintage");
        Objects.requireNonNull(volumeMl, "volumeMl");
        Objects.requireNonNull(grapes, "grapes");
        // Not grapes.contains(null): an immutable list throws on it.
        if (grapes.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException("library wine '" + id + "' has a null among its grapes " + grapes
                    + "; each grape is a variety's name as written (\"Pinot noir\")");
        }
        grapes = List.copyOf(grapes);
        if (id.isBlank()) {
            throw new InvalidWineException("a library wine needs a non-blank id (wine named '" + name + "')");
        }
        if (name.isBlank()) {
            throw new InvalidWineException("library wine '" + id + "' needs a non-blank name");
        }
        if (vintage.isPresent() && (vintage.getAsInt() < 1000 || vintage.getAsInt() > 9999)) {
            throw new InvalidWineException("library wine '" + id + "' has vintage " + vintage.getAsInt()
                    + "; a vintage is a 4-digit year, or empty for a non-vintage wine");
        }
        if (volumeMl.isPresent() && volumeMl.getAsInt() <= 0) {
            throw new InvalidWineException("library wine '" + id + "' has volume " + volumeMl.getAsInt()
                    + " ml; a volume is a positive number of millilitres");
        }
    }

    /**
     * A wine whose grapes are not known: the components of the first release.
     *
     * @param id the wine's id in the host application; never blank
     * @param name the wine's name; never blank
     * @param producer the producer, or empty
     * @param appellation the appellation, or empty
     * @param region the region, or empty
     * @param country the country, or empty
     * @param colour the colour as written, or empty
     * @param vintage the vintage year; empty for a non-vintage wine
     * @param volumeMl the bottle volume in millilitres; empty when not known
     * @throws InvalidWineException when the id or the name is blank, or the vintage or volume is out of range
     */
    public LibraryWine(String id, String name, String producer, String appellation, String region, String country,
            String colour, OptionalInt vintage, OptionalInt volumeMl) {
        this(id, name, producer, appellation, region, country, colour, vintage, volumeMl, List.of());
    }

    /**
     * A wine with only an id and a name; add the rest with the {@code with…} methods.
     *
     * @param id the wine's id, not blank
     * @param name the wine's name, not blank
     * @return the wine
     * @throws InvalidWineException when the id or the name is blank
     */
    public static LibraryWine of(String id, String name) {
        return new LibraryWine(id, name, "", "", "", "", "", OptionalInt.empty(), OptionalInt.empty(), List.of());
    }

    /**
     * @param value the producer
     * @return a copy with that producer
     */
    public LibraryWine withProducer(String value) {
        return new LibraryWine(id, name, value, appellation, region, country, colour, vintage, volumeMl, grapes);
    }

    /**
     * @param value the appellation
     * @return a copy with that appellation
     */
    public LibraryWine withAppellation(String value) {
        return new LibraryWine(id, name, producer, value, region, country, colour, vintage, volumeMl, grapes);
    }

    /**
     * @param value the region
     * @return a copy with that region
     */
    public LibraryWine withRegion(String value) {
        return new LibraryWine(id, name, producer, appellation, value, country, colour, vintage, volumeMl, grapes);
    }

    /**
     * @param value the country
     * @return a copy with that country
     */
    public LibraryWine withCountry(String value) {
        return new LibraryWine(id, name, producer, appellation, region, value, colour, vintage, volumeMl, grapes);
    }

    /**
     * @param value the colour as written: red/rouge, white/blanc, rosé (other words are kept but not understood)
     * @return a copy with that colour
     */
    public LibraryWine withColour(String value) {
        return new LibraryWine(id, name, producer, appellation, region, country, value, vintage, volumeMl, grapes);
    }

    /**
     * @param year the vintage, a 4-digit year
     * @return a copy with that vintage
     * @throws InvalidWineException when the year has not 4 digits
     */
    public LibraryWine withVintage(int year) {
        return new LibraryWine(id, name, producer, appellation, region, country, colour, OptionalInt.of(year), volumeMl,
                grapes);
    }

    /**
     * @param millilitres the bottle volume, positive
     * @return a copy with that volume
     * @throws InvalidWineException when the volume is not positive
     */
    public LibraryWine withVolumeMl(int millilitres) {
        return new LibraryWine(id, name, producer, appellation, region, country, colour, vintage,
                OptionalInt.of(millilitres), grapes);
    }

    /**
     * @param value the grape varieties, one per element as written ("Cabernet sauvignon", "Merlot"); unknown
     *     varieties are kept but not understood
     * @return a copy with those grapes
     * @throws NullPointerException when the list or an element is null
     */
    public LibraryWine withGrapes(List<String> value) {
        return new LibraryWine(id, name, producer, appellation, region, country, colour, vintage, volumeMl, value);
    }
}
