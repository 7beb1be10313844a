package io.cellarsync.trivec.testkit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a served day contains, computed from the generated tickets, for tests to compare exact sums with.
 * The same shape as the runner's {@code cellarsync tickets --summary}.
 *
 * @param tickets the tickets the response holds
 * @param openTickets how many of them are open
 * @param internalTickets how many of them are internal
 * @param lines the main lines over all those tickets
 * @param addons the add-ons over all those tickets (free ones only when asked for)
 * @param grossTotal the exact sum of {@code TotalInc} over lines and add-ons of the billed (non-open) tickets
 * @param netTotal the exact sum of {@code TotalEx} over lines and add-ons of the billed (non-open) tickets
 */
public record DayTotals(int tickets, int openTickets, int internalTickets, int lines, int addons,
        BigDecimal grossTotal, BigDecimal netTotal) {

    /**
     * Checks the components.
     *
     * @param tickets the tickets
     * @param openTickets the open tickets
     * @param internalTickets the internal tickets
     * @param lines the lines
     * @param addons the add-ons
     * @param grossTotal the gross total
     * @param netTotal the net total
     */
    public DayTotals {
        Objects.requireNonNull(grossTotal, "grossTotal");
        Objects.requireNonNull(netTotal, "netTotal");
    }
}
