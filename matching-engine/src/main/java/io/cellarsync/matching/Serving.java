package io.cellarsync.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a label serves the wine: a bottle (of the standard or another format), a glass, or a carafe. The wine is the
 * same whatever the serving; the serving lets a host destock part of a bottle, for example 12 cl of a 75 cl bottle.
 *
 * @param kind bottle, glass or carafe
 * @param volumeMl the volume of one unit in millilitres when the label tells it ({@code 12CL}, {@code MAG}), or
 *     empty
 */
public record Serving(Kind kind, OptionalInt volumeMl) {

    /** The kinds of serving a POS label can name. */
    public enum Kind {
        /** A whole bottle, of any format (half, standard, magnum…). */
        BOTTLE,
        /** A glass poured from a bottle ({@code VERRE}, {@code 12CL}). */
        GLASS,
        /** A carafe, pichet or pot poured from a bottle. */
        CARAFE
    }

    /** The serving of a label that says nothing about it: a bottle of unknown volume. */
    public static final Serving UNSPECIFIED_BOTTLE = new Serving(Kind.BOTTLE, OptionalInt.empty());

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when the volume is not positive
     */
    public Serving {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(volumeMl, "volumeMl");
        if (volumeMl.isPresent() && volumeMl.getAsInt() <= 0) {
            throw new IllegalArgumentException("serving volume must be positive millilitres, got " + volumeMl.getAsInt());
        }
    }

    /**
     * How many bottles of the given volume one unit of this serving uses: {@code 0.16} for a 12 cl glass of a
     * 75 cl bottle, {@code 1} for a bottle of that bottle.
     *
     * @param bottleVolumeMl the volume of the library wine's bottle in millilitres, positive
     * @return the share of a bottle per unit, rounded to 4 decimals; empty when the unit's volume is unknown and the
     *     serving is not a bottle
     * @throws IllegalArgumentException when {@code bottleVolumeMl} is not positive
     */
    public Optional<BigDecimal> bottlesPerUnit(int bottleVolumeMl) {
        if (bottleVolumeMl <= 0) {
            throw new IllegalArgumentException("bottle volume must be positive millilitres, got " + bottleVolumeMl);
        }
        if (volumeMl.isEmpty()) {
            return kind == Kind.BOTTLE ? Optional.of(BigDecimal.ONE) : Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(volumeMl.getAsInt())
                .divide(BigDecimal.valueOf(bottleVolumeMl), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros());
    }

    /**
     * The bottle volume the label names, or 0: a glass or a carafe is poured from the wine's standard bottle, so its
     * volume (12 cl) chooses no row ("VERRE … 12CL" is not the magnum because no row holds 120 ml).
     */
    int bottleMl() {
        return kind == Kind.BOTTLE ? volumeMl.orElse(0) : 0;
    }

    /**
     * The bottle the serving comes from, or 0 when the label does not say: the bottle it names, or for a glass or a
     * carafe the 75 cl bottle a bar pours them from ("PIPER HEIDSIECK BRUT GLS" is poured from the 75 cl listing, not
     * sold as the house's 20 cl one; "VERRE CDR GUIGAL RGE" not from its magnum listing; "PICHET 50CL CDR RGE GUIGAL"
     * either, probe AC, sixteenth session).
     */
    int pouredFromMl() {
        return kind == Kind.BOTTLE ? bottleMl() : ParsedLabel.STANDARD_BOTTLE_ML;
    }
}
