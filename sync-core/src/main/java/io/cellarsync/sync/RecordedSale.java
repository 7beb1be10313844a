package io.cellarsync.sync;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A billed sale line as the engine keeps it in its sales ledger, whether its reference is linked or not.
 *
 * @param id the line's identity
 * @param reference the POS reference sold
 * @param posName the POS's name at the time of sale
 * @param businessDate the business day the ticket was billed on
 * @param centre the point of sale, or an empty string when the ticket named none
 * @param cellar the cellar the line depletes, from the centre's mapping when the line was recorded
 * @param internal whether the ticket was booked to a cost post (gross and net are then zero, semantic 4)
 * @param quantity the signed quantity
 * @param gross the revenue including VAT ({@code TotalInc}); zero for internal tickets
 * @param net the revenue excluding VAT ({@code TotalEx}); zero for internal tickets
 * @param vatRate the VAT percentage
 */
public record RecordedSale(
        SaleLineId id,
        PosReferenceId reference,
        String posName,
        LocalDate businessDate,
        String centre,
        String cellar,
        boolean internal,
        BigDecimal quantity,
        BigDecimal gross,
        BigDecimal net,
        BigDecimal vatRate) {

    /** Checks the components are present. */
    public RecordedSale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(posName, "posName");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(cellar, "cellar");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vatRate, "vatRate");
    }

    /**
     * Whether another version of this line has the same effect on stock and revenue: same reference, day, centre,
     * cellar, kind and amounts (compared as numbers, so {@code 1.0} equals {@code 1}). The POS name may differ (R8).
     *
     * @param other the other version
     * @return {@code true} if replacing this line by the other would change nothing
     */
    public boolean sameEffectAs(RecordedSale other) {
        return reference.equals(other.reference)
                && businessDate.equals(other.businessDate)
                && internal == other.internal
                && centre.equals(other.centre)
                && cellar.equals(other.cellar)
                && quantity.compareTo(other.quantity) == 0
                && gross.compareTo(other.gross) == 0
                && net.compareTo(other.net) == 0
                && vatRate.compareTo(other.vatRate) == 0;
    }
}
