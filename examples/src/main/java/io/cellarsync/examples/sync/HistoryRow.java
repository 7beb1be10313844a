package io.cellarsync.examples.sync;

import io.cellarsync.sync.MovementCause;
import io.cellarsync.sync.StockMovement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One stock movement of {@code cellarsync history --json}, with its cause (semantics 15): the initial stock, a
 * manual adjustment (with its reason), or the effect of a sale line through a link: {@code sale},
 * {@code backfill}, {@code correction} (an earlier version of the ticket replaced) or {@code unlink} (reversed).
 *
 * @param at when the movement was made
 * @param cellar the cellar (stock) it moved
 * @param bottles bottles added (positive) or taken (negative)
 * @param cause {@code initial}, {@code manual}, {@code sale}, {@code backfill}, {@code correction} or
 *     {@code unlink}
 * @param reason the reason of a manual adjustment, else null
 * @param saleLine the sale line (site/ticket/order/position[+add-on]) of a sale effect, else null
 * @param site the site of the sale's POS reference, else null
 * @param posProductKey the POS product key of the sale, else null
 * @param link the number of the link the effect went through, else null
 * @param businessDate the sale's business day, else null
 * @param quantity the quantity on the sale line, else null
 * @param perSale the link's bottles per unit sold, as a decimal, else null
 * @param gross the sale line's revenue incl. VAT, else null
 */
record HistoryRow(Instant at, String cellar, BigDecimal bottles, String cause, @Nullable String reason,
        @Nullable String saleLine, @Nullable String site, @Nullable String posProductKey, @Nullable Long link,
        @Nullable LocalDate businessDate, @Nullable BigDecimal quantity, @Nullable BigDecimal perSale,
        @Nullable BigDecimal gross) {

    static HistoryRow of(StockMovement movement) {
        MovementCause cause = movement.cause();
        if (cause instanceof MovementCause.SaleEffect sale) {
            return new HistoryRow(movement.at(), movement.cellar(), movement.bottles(),
                    sale.kind().name().toLowerCase(Locale.ROOT), null, sale.line().toString(),
                    sale.reference().site().code(), sale.reference().productKey(), sale.linkNumber(),
                    sale.businessDate(), sale.quantity(), sale.perSale().asDecimal(), sale.gross());
        }
        String kind = cause instanceof MovementCause.ManualAdjustment ? "manual" : "initial";
        String reason = cause instanceof MovementCause.ManualAdjustment manual ? manual.reason() : null;
        return new HistoryRow(movement.at(), movement.cellar(), movement.bottles(), kind, reason, null, null, null,
                null, null, null, null, null);
    }
}
