package io.cellarsync.sync.internal;

import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.MovementCause;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.Rejection;
import io.cellarsync.sync.Rejection.Reason;
import io.cellarsync.sync.StockMovement;
import io.cellarsync.sync.SyncEngine;
import java.math.BigDecimal;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The engine's rejections, each naming the bad value and what is accepted. */
final class Rejections {

    private Rejections() {}

    static Rejection unknownWine(String wineId) {
        return new Rejection(Reason.UNKNOWN_WINE, wineId,
                "No wine '" + wineId + "' in the library; add it first or give the id of a library wine.");
    }

    static Rejection unknownReference(PosReferenceId reference) {
        return new Rejection(Reason.UNKNOWN_REFERENCE, reference.toString(), "No POS reference '" + reference
                + "' was seen in a catalogue or in sales; import the site's catalogue or sales first.");
    }

    static Rejection unknownSite(String site) {
        return new Rejection(Reason.UNKNOWN_SITE, site,
                "Site '" + site + "' is not known; import its catalogue first (it may be empty).");
    }

    static Rejection alreadyLinked(PosReferenceId reference, String wineId) {
        return new Rejection(Reason.ALREADY_LINKED, reference.toString(),
                "POS reference '" + reference + "' is already linked to wine '" + wineId + "'; unlink it first.");
    }

    static Rejection notLinked(PosReferenceId reference) {
        return new Rejection(Reason.NOT_LINKED, reference.toString(),
                "POS reference '" + reference + "' is not linked to any wine.");
    }

    /** Whether a number of bottles is at most {@link LibraryWine#MAX_BOTTLES} either way. */
    static boolean withinMaxBottles(BigDecimal bottles) {
        return bottles.abs().compareTo(BigDecimal.valueOf(LibraryWine.MAX_BOTTLES)) <= 0;
    }

    /**
     * Whether a ratio takes at most {@link LibraryWine#MAX_BOTTLES} bottles per unit sold: a tiny denominator
     * ({@code 1/1e-7}, ten million; {@code 1/1e-2000} is refused before, for its decimal places) makes a huge ratio
     * of two small numbers. Compared exactly, without dividing.
     */
    static boolean withinMaxBottlesPerUnit(BottlesPerUnit ratio) {
        BigDecimal most = ratio.denominator().abs().multiply(BigDecimal.valueOf(LibraryWine.MAX_BOTTLES));
        return ratio.numerator().abs().compareTo(most) <= 0;
    }

    /**
     * Whether a number has at most {@link SyncEngine#MAX_DECIMAL_PLACES} decimal places as written. Trailing zeros
     * count: the engine keeps numbers as given, and {@code 0E-100000000} is zero but makes any sum it joins
     * 100,000,000 digits long. Reads the scale only, so a huge one costs nothing to refuse.
     */
    static boolean withinDecimalPlaces(BigDecimal value) {
        return value.scale() <= SyncEngine.MAX_DECIMAL_PLACES;
    }

    /**
     * Whether a number of the POS (a sale line's, a catalogue entry's) fits a .NET decimal's digits: at most
     * {@link SyncEngine#MAX_DECIMAL_PLACES} decimal places and {@link SyncEngine#MAX_WHOLE_DIGITS} digits before the
     * point ({@code 1e100000000} has 100,000,001).
     */
    static boolean withinPosDigits(BigDecimal value) {
        return withinDecimalPlaces(value) && wholeDigits(value) <= SyncEngine.MAX_WHOLE_DIGITS;
    }

    /** Digits before the point; zero or less for a number below 1 (precision minus scale). */
    private static long wholeDigits(BigDecimal value) {
        return (long) value.precision() - value.scale();
    }

    /**
     * What is wrong with a number's digits and what is accepted, for a message: {@code "has 100000000 decimal places;
     * give at most 28"}. The number itself is named by the caller, in scientific notation when its exponent is huge
     * ({@link BigDecimal#toString()}), never in its plain digits.
     */
    static String tooManyDigits(BigDecimal value) {
        if (!withinDecimalPlaces(value)) {
            return "has " + value.scale() + " decimal places; give at most " + SyncEngine.MAX_DECIMAL_PLACES;
        }
        return "has " + wholeDigits(value) + " digits before the point; give at most " + SyncEngine.MAX_WHOLE_DIGITS;
    }

    /** A number of a sale line or a catalogue entry with more digits than a POS sends. */
    static Rejection invalidNumber(String what, BigDecimal value, String of) {
        return new Rejection(Reason.INVALID_NUMBER, value.toString(), what + " " + value + " of " + of + " "
                + tooManyDigits(value) + " (a POS's number, a .NET decimal, holds no more), such as 0.125 or 12.50.");
    }

    static Rejection ratioTooPrecise(BottlesPerUnit ratio) {
        String value = ratio.toString();
        boolean numerator = !withinDecimalPlaces(ratio.numerator());
        BigDecimal bad = numerator ? ratio.numerator() : ratio.denominator();
        return new Rejection(Reason.INVALID_RATIO, value, "Bottles per unit sold " + value + ": its "
                + (numerator ? "numerator " : "denominator ") + bad + " " + tooManyDigits(bad)
                + ", in a ratio such as 1, 12/75 or 1/6.");
    }

    static Rejection ratioTooLarge(BottlesPerUnit ratio) {
        String value = ratio.toString();
        return new Rejection(Reason.INVALID_RATIO, value, "Bottles per unit sold " + value
                + " has a numerator or denominator above " + LibraryWine.MAX_BOTTLES + ", or takes more than "
                + LibraryWine.MAX_BOTTLES + " bottles per unit sold; give a ratio such as 1, 12/75 or 1/6.");
    }

    static Rejection invalidRatio(BottlesPerUnit ratio) {
        String value = ratio.toString();
        return new Rejection(Reason.INVALID_RATIO, value, "Bottles per unit sold " + value
                + " is not above zero; give 1 for a bottle, 1/6 for a 12.5 cl glass of a 75 cl bottle.");
    }

    /**
     * What is wrong with bottles per unit sold, or {@code null}: a ratio not above zero, a numerator or denominator of
     * more than {@link SyncEngine#MAX_DECIMAL_PLACES} decimal places, or above the million bound (either number, or
     * the ratio). One rule for a link's ratio, whether a command gives it or a history hands it back.
     */
    static @Nullable Rejection ratioProblem(BottlesPerUnit ratio) {
        if (!ratio.isPositive()) {
            return invalidRatio(ratio);
        }
        if (!withinDecimalPlaces(ratio.numerator()) || !withinDecimalPlaces(ratio.denominator())) {
            return ratioTooPrecise(ratio);
        }
        if (!withinMaxBottles(ratio.numerator()) || !withinMaxBottles(ratio.denominator())
                || !withinMaxBottlesPerUnit(ratio)) {
            return ratioTooLarge(ratio);
        }
        return null;
    }

    /**
     * Whether a sale's quantity, gross, net and VAT rate all fit a POS's number ({@link #withinPosDigits}); each is
     * read once. {@link #invalidSaleNumber} names the first that does not.
     */
    static boolean saleNumbersFit(BigDecimal quantity, BigDecimal gross, BigDecimal net, BigDecimal vatRate) {
        return withinPosDigits(quantity) && withinPosDigits(gross) && withinPosDigits(net)
                && withinPosDigits(vatRate);
    }

    /**
     * The rejection of the first of a sale's numbers that does not fit a POS's number, when
     * {@link #saleNumbersFit} said one does not.
     *
     * @param of what the numbers belong to, for the message ({@code "line SITE1/T2/O2/0 of ticket 'T2' ..."})
     */
    static Rejection invalidSaleNumber(BigDecimal quantity, BigDecimal gross, BigDecimal net, BigDecimal vatRate,
            String of) {
        if (!withinPosDigits(quantity)) {
            return invalidNumber("Quantity", quantity, of);
        }
        if (!withinPosDigits(gross)) {
            return invalidNumber("Gross", gross, of);
        }
        if (!withinPosDigits(net)) {
            return invalidNumber("Net", net, of);
        }
        return invalidNumber("VAT rate", vatRate, of);
    }

    /**
     * What is wrong with a stock movement, or {@code null}: the rules of the command that makes such a movement (a
     * wine's initial stock, a stock adjustment, a link's ratio and a sale line's numbers). Whether its wine is known
     * is the caller's to check.
     */
    static @Nullable Rejection movementProblem(StockMovement movement) {
        MovementCause cause = movement.cause();
        if (cause instanceof MovementCause.InitialStock initial) {
            return initialStockProblem(movement.wineId(), initial.bottles());
        }
        if (cause instanceof MovementCause.ManualAdjustment adjustment) {
            return adjustmentProblem(movement.wineId(), adjustment.bottles(), adjustment.reason());
        }
        MovementCause.SaleEffect sale = (MovementCause.SaleEffect) cause;
        Rejection ratio = ratioProblem(sale.perSale());
        if (ratio != null) {
            return ratio;
        }
        if (!saleNumbersFit(sale.quantity(), sale.gross(), sale.net(), sale.vatRate())) {
            return invalidSaleNumber(sale.quantity(), sale.gross(), sale.net(), sale.vatRate(), "the movement of line "
                    + sale.line() + " (POS reference '" + sale.reference() + "')");
        }
        return null;
    }

    /** What is wrong with a stock adjustment's bottles or reason, or {@code null}. */
    static @Nullable Rejection adjustmentProblem(String wineId, BigDecimal bottles, String reason) {
        if (bottles.signum() == 0) {
            return new Rejection(Reason.INVALID_ADJUSTMENT, bottles.toString(), "A stock adjustment of "
                    + "wine '" + wineId + "' must move some bottles; got 0.");
        }
        if (!withinDecimalPlaces(bottles)) {
            return new Rejection(Reason.INVALID_ADJUSTMENT, bottles.toString(), "A stock adjustment"
                    + " of wine '" + wineId + "' of " + bottles + " bottles " + tooManyDigits(bottles)
                    + ", such as 12, -1 or 0.5.");
        }
        if (!withinMaxBottles(bottles)) {
            return new Rejection(Reason.INVALID_ADJUSTMENT, bottles.toString(), "A stock adjustment"
                    + " of wine '" + wineId + "' of " + bottles.toString()
                    + " bottles is beyond " + LibraryWine.MAX_BOTTLES + " either way; give the bottles moved, such as"
                    + " 12 or -1.");
        }
        if (reason.isBlank()) {
            return new Rejection(Reason.INVALID_ADJUSTMENT, reason, "A stock adjustment of wine '"
                    + wineId + "' needs a reason (delivery, breakage, count...) for the audit.");
        }
        return null;
    }

    /** The rejection of a blank cellar name, or {@code null}. */
    static @Nullable Rejection blankCellar(String cellar) {
        return cellar.isBlank() ? new Rejection(Reason.INVALID_CELLAR, cellar, "A cellar name must not be blank;"
                + " leave it out for '" + Registry.DEFAULT_CELLAR + "'.") : null;
    }

    /** The rejection of a centre mapping with a blank centre or cellar, or {@code null}. */
    static @Nullable Rejection centreMappingProblem(String centre, String cellar) {
        if (centre.isBlank() || cellar.isBlank()) {
            return new Rejection(Reason.INVALID_CELLAR, centre + "->" + cellar,
                    "A centre mapping needs a centre key and a cellar name, neither blank; got centre '"
                            + centre + "' and cellar '" + cellar + "'.");
        }
        return null;
    }

    static boolean plausibleVintage(int vintage) {
        return vintage >= LibraryWine.FIRST_VINTAGE && vintage <= LibraryWine.LAST_VINTAGE;
    }

    /** The one message for a vintage out of range, whichever command gave it. */
    static Rejection invalidVintage(String wineId, @Nullable Integer vintage) {
        return new Rejection(Reason.INVALID_VINTAGE, String.valueOf(vintage), "Vintage " + vintage + " of wine '"
                + wineId + "' is not a year from " + LibraryWine.FIRST_VINTAGE + " to " + LibraryWine.LAST_VINTAGE
                + "; give a year such as 2019.");
    }

    /**
     * What is wrong with a wine to add, or {@code null}; {@code taken} tells an id already in the library (or earlier
     * in the batch or history), checked last.
     */
    static @Nullable Rejection invalidWine(LibraryWine wine, Predicate<String> taken) {
        if (wine.id().isBlank()) {
            return new Rejection(Reason.INVALID_WINE, wine.id(),
                    "A wine id must not be blank (wine named '" + wine.name() + "').");
        }
        if (wine.name().isBlank()) {
            return new Rejection(Reason.INVALID_WINE, wine.id(), "Wine '" + wine.id() + "' has a blank name.");
        }
        Integer vintage = wine.vintage();
        if (vintage != null && !plausibleVintage(vintage)) {
            return invalidVintage(wine.id(), vintage);
        }
        Integer volume = wine.volumeMl();
        if (volume != null && (volume < 1 || volume > LibraryWine.MAX_VOLUME_ML)) {
            return new Rejection(Reason.INVALID_WINE, String.valueOf(volume), "Wine '" + wine.id()
                    + "' has a bottle volume of " + volume + " ml; give whole millilitres from 1 to "
                    + LibraryWine.MAX_VOLUME_ML + ", such as 750, or none.");
        }
        Rejection stock = initialStockProblem(wine.id(), wine.initialStock());
        if (stock != null) {
            return stock;
        }
        if (taken.test(wine.id())) {
            return new Rejection(Reason.DUPLICATE_WINE, wine.id(),
                    "Wine id '" + wine.id() + "' is already in the library or twice in the batch; ids must be unique.");
        }
        return null;
    }

    /** What is wrong with a wine's initial stock, or {@code null}: negative, too many decimal places, or too large. */
    static @Nullable Rejection initialStockProblem(String wineId, BigDecimal bottles) {
        if (bottles.signum() < 0) {
            return new Rejection(Reason.INVALID_WINE, bottles.toString(), "Wine '" + wineId
                    + "' has a negative initial stock " + bottles.toString() + "; give zero or more bottles.");
        }
        if (!withinDecimalPlaces(bottles)) {
            return new Rejection(Reason.INVALID_WINE, bottles.toString(), "Wine '" + wineId
                    + "' has an initial stock of " + bottles + " bottles, which " + tooManyDigits(bottles)
                    + ", such as 12 or 0.5.");
        }
        if (!withinMaxBottles(bottles)) {
            return new Rejection(Reason.INVALID_WINE, bottles.toString(), "Wine '" + wineId
                    + "' has an initial stock of " + bottles.toString() + " bottles; give at most "
                    + LibraryWine.MAX_BOTTLES + ".");
        }
        return null;
    }
}
