package io.cellarsync.sync;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Links a POS reference to a wine (R9, R10, semantic 9). The link back-fills the reference's sales already recorded:
 * all of them, or those from {@code backfillFrom} on; sales of earlier business days never count for this link.
 * Build it with {@link #yes}, {@link #almost} or {@link #no}.
 *
 * @param reference the POS reference to link; must be known (seen in a catalogue or in sales) and not linked
 * @param answer the user's answer
 * @param wineId the library wine for {@code YES} and {@code ALMOST}; {@code null} for {@code NO}
 * @param vintage the vintage to set on the wine for {@code ALMOST}; otherwise {@code null}
 * @param newWine the wine to create for {@code NO}; otherwise {@code null}
 * @param perSale bottles taken from stock per unit sold; must be above zero
 * @param backfillFrom the first business day whose sales count, or {@code null} for all of them
 */
public record LinkReference(
        PosReferenceId reference,
        LinkAnswer answer,
        @Nullable String wineId,
        @Nullable Integer vintage,
        @Nullable LibraryWine newWine,
        BottlesPerUnit perSale,
        @Nullable LocalDate backfillFrom) implements SyncCommand {

    /** Checks the always-required components. */
    public LinkReference {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(perSale, "perSale");
    }

    /**
     * "Yes, it is that wine", one bottle per unit sold, all past sales back-filled.
     *
     * @param reference the POS reference
     * @param wineId the wine
     * @return the command
     */
    public static LinkReference yes(PosReferenceId reference, String wineId) {
        return new LinkReference(reference, LinkAnswer.YES, wineId, null, null, BottlesPerUnit.ONE_BOTTLE, null);
    }

    /**
     * "Almost: that wine, but this vintage", one bottle per unit sold, all past sales back-filled.
     *
     * @param reference the POS reference
     * @param wineId the wine
     * @param vintage the vintage to set on the wine
     * @return the command
     */
    public static LinkReference almost(PosReferenceId reference, String wineId, int vintage) {
        return new LinkReference(reference, LinkAnswer.ALMOST, wineId, vintage, null, BottlesPerUnit.ONE_BOTTLE, null);
    }

    /**
     * "No: create this wine and link to it", one bottle per unit sold, all past sales back-filled.
     *
     * @param reference the POS reference
     * @param newWine the wine to add to the library
     * @return the command
     */
    public static LinkReference no(PosReferenceId reference, LibraryWine newWine) {
        return new LinkReference(reference, LinkAnswer.NO, null, null, newWine, BottlesPerUnit.ONE_BOTTLE, null);
    }

    /**
     * This command with another number of bottles per unit sold.
     *
     * @param ratio bottles per unit sold, such as {@code BottlesPerUnit.glass(125, 750)}
     * @return the changed command
     */
    public LinkReference withPerSale(BottlesPerUnit ratio) {
        return new LinkReference(reference, answer, wineId, vintage, newWine, ratio, backfillFrom);
    }

    /**
     * This command back-filling only the sales from a business day on.
     *
     * @param firstDay the first business day whose sales count
     * @return the changed command
     */
    public LinkReference from(LocalDate firstDay) {
        return new LinkReference(reference, answer, wineId, vintage, newWine, perSale, firstDay);
    }

    /**
     * The wine this link points to: {@code wineId}, or the new wine's id for {@code NO}.
     *
     * @return the wine id, or an empty string when the command names none
     */
    public String targetWineId() {
        if (answer == LinkAnswer.NO) {
            return newWine == null ? "" : newWine.id();
        }
        return wineId == null ? "" : wineId;
    }
}
