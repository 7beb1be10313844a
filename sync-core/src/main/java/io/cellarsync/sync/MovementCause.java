package io.cellarsync.sync;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Why a wine's stock moved (semantic 15): every {@link StockMovement} names one. */
public sealed interface MovementCause {

    /**
     * The signed change of stock in bottles caused, exact where it can be.
     *
     * @return positive for bottles in, negative for bottles out
     */
    BigDecimal bottles();

    /**
     * The wine's stock when it entered the library.
     *
     * @param bottles the initial stock
     */
    record InitialStock(BigDecimal bottles) implements MovementCause {

        /** Checks the amount is present. */
        public InitialStock {
            Objects.requireNonNull(bottles, "bottles");
        }
    }

    /**
     * A manual adjustment ({@link AdjustStock}).
     *
     * @param bottles the signed change
     * @param reason the reason given
     */
    record ManualAdjustment(BigDecimal bottles, String reason) implements MovementCause {

        /** Checks the components are present. */
        public ManualAdjustment {
            Objects.requireNonNull(bottles, "bottles");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The effect of a sale line through a link, or the reversal of that effect. For a reversal the quantity and the
     * amounts are negated, so that summing causes gives the wine's totals.
     *
     * @param kind why the line's effect was applied or reversed
     * @param line the sale line
     * @param reference the POS reference sold
     * @param linkNumber the link the effect goes through
     * @param businessDate the line's business day
     * @param quantity the signed quantity sold counted by this movement
     * @param perSale bottles per unit sold
     * @param gross the revenue incl. VAT counted by this movement
     * @param net the revenue excl. VAT counted by this movement
     * @param vatRate the VAT percentage
     */
    record SaleEffect(
            SaleEffectKind kind,
            SaleLineId line,
            PosReferenceId reference,
            long linkNumber,
            LocalDate businessDate,
            BigDecimal quantity,
            BottlesPerUnit perSale,
            BigDecimal gross,
            BigDecimal net,
            BigDecimal vatRate) implements MovementCause {

        /** Checks the components are present. */
        public SaleEffect {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(businessDate, "businessDate");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(perSale, "perSale");
            Objects.requireNonNull(gross, "gross");
            Objects.requireNonNull(net, "net");
            Objects.requireNonNull(vatRate, "vatRate");
        }

        @Override
        public BigDecimal bottles() {
            return perSale.bottlesFor(quantity).negate();
        }
    }
}
