package io.cellarsync.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One movement of a wine's stock in one cellar, with its cause (semantic 15).
 *
 * @param at when the engine applied it (from its clock)
 * @param wineId the wine
 * @param cellar the cellar
 * @param cause why the stock moved
 */
public record StockMovement(Instant at, String wineId, String cellar, MovementCause cause) {

    /** Checks the components are present. */
    public StockMovement {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(wineId, "wineId");
        Objects.requireNonNull(cellar, "cellar");
        Objects.requireNonNull(cause, "cause");
    }

    /**
     * The movement by which a recorded line's effect was applied to, or reversed from, a wine. For a reversal the
     * quantity and the amounts are negated (see {@link MovementCause.SaleEffect}).
     *
     * @param at the instant of the movement
     * @param kind why the effect was applied or reversed
     * @param ticket the ticket version holding the line
     * @param line the line's index in the ticket
     * @param attribution the link, wine, cellar and ratio the effect goes through
     * @return the movement
     */
    public static StockMovement ofSale(Instant at, SaleEffectKind kind, RecordedTicket ticket, int line,
            Attribution attribution) {
        SaleLine sold = ticket.line(line);
        boolean applies = kind.applies();
        BigDecimal gross = ticket.gross(line);
        BigDecimal net = ticket.net(line);
        MovementCause cause = new MovementCause.SaleEffect(kind, ticket.lineId(line), ticket.reference(line),
                attribution.linkNumber(), Objects.requireNonNull(ticket.ticket().businessDate()),
                applies ? sold.quantity() : sold.quantity().negate(), attribution.perSale(),
                applies ? gross : gross.negate(), applies ? net : net.negate(), sold.vatRate());
        return new StockMovement(at, attribution.wineId(), attribution.cellar(), cause);
    }

    /**
     * The signed change of stock in bottles.
     *
     * @return positive for bottles in, negative for bottles out
     */
    public BigDecimal bottles() {
        return cause.bottles();
    }
}
