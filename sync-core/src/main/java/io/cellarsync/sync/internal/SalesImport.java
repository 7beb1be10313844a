package io.cellarsync.sync.internal;

import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.Rejection;
import io.cellarsync.sync.Rejection.Reason;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.SaleLineId;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncEvent;
import io.cellarsync.sync.SyncPorts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Imports whole tickets (semantics 2 to 8, 14): validates the batch whole, skips training, open and other centres'
 * tickets, and has the fold record each other ticket ({@link SaleFold}): each replaces its earlier version and only
 * the difference moves stock, line by line, in time linear in the lines.
 */
final class SalesImport {

    private static final int SMALL_TICKET = 16;

    private final Registry registry;
    private final SyncPorts ports;

    SalesImport(Registry registry, SyncPorts ports) {
        this.registry = registry;
        this.ports = ports;
    }

    @Nullable Rejection validate(ImportSales command) {
        Set<String> centres = centres(command);
        for (SaleTicket ticket : command.tickets()) {
            if (!registry.sites.contains(ticket.site())) {
                return Rejections.unknownSite(ticket.site().code());
            }
            // What the import skips is not checked either: a skipped ticket must not reject the batch.
            if (ticket.training() || ticket.open() || leftOut(ticket, centres)) {
                continue;
            }
            Rejection problem = ticketProblem(ticket);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /**
     * What is wrong with a billed ticket an import gives, or {@code null}: a blank key, then what
     * {@link #dayAndLinesProblem} finds. Whether its site is known is the caller's to check.
     */
    private static @Nullable Rejection ticketProblem(SaleTicket ticket) {
        if (ticket.ticketKey().isBlank()) {
            // Keys tell tickets apart: two tickets without one would be taken for versions of one ticket, and the
            // later would reverse the earlier's sales.
            int lines = ticket.lines().size();
            return new Rejection(Reason.MISSING_TICKET_KEY, ticket.ticketKey(), "A billed ticket of site "
                    + ticket.site() + " (" + (ticket.businessDate() == null ? "no business day"
                            : "business day " + ticket.businessDate()) + ", " + lines
                    + (lines == 1 ? " line" : " lines")
                    + ") has a blank ticket key; every ticket needs the POS's key, unique within its site.");
        }
        return dayAndLinesProblem(ticket);
    }

    /**
     * What is wrong with a billed ticket's business day and lines, whether an import gives it or a stored history
     * hands it back, or {@code null}: no business day, a line without a product key, a number with more digits than a
     * POS sends, or two lines with one identity.
     */
    static @Nullable Rejection dayAndLinesProblem(SaleTicket ticket) {
        if (ticket.businessDate() == null) {
            return new Rejection(Reason.MISSING_BUSINESS_DATE, ticket.ticketKey(), "Billed ticket '"
                    + ticket.ticketKey() + "' of site " + ticket.site() + " has no business day; "
                    + "a billed ticket needs one (an open ticket is marked open).");
        }
        Rejection blankKey = blankProductKey(ticket);
        if (blankKey != null) {
            return blankKey;
        }
        Rejection number = outOfRangeNumber(ticket);
        if (number != null) {
            return number;
        }
        return duplicateLine(ticket);
    }

    /**
     * A line without a product key belongs to no POS reference: the fold could not record it, so the batch is refused
     * before anything of it is applied.
     */
    private static @Nullable Rejection blankProductKey(SaleTicket ticket) {
        for (SaleLine line : ticket.lines()) {
            if (line.productKey().isBlank()) {
                SaleLineId id = ticket.lineId(line);
                return new Rejection(Reason.MISSING_PRODUCT_KEY, id.toString(), "Line " + id + " of ticket '"
                        + ticket.ticketKey() + "' (site " + ticket.site() + ", product '" + line.posName()
                        + "') has a blank product key; every sale line needs the POS product key of what was sold.");
            }
        }
        return null;
    }

    /**
     * A quantity, amount or VAT rate with more digits than a POS sends (a .NET decimal): {@code 1e-100000000} is
     * small, but the stock and revenue sums it joins would be 100,000,000 digits long, and every query slow for good.
     */
    private static @Nullable Rejection outOfRangeNumber(SaleTicket ticket) {
        for (SaleLine line : ticket.lines()) {
            Rejection rejection = outOfRangeNumber(ticket, line);
            if (rejection != null) {
                return rejection;
            }
        }
        return null;
    }

    /** The line's first number out of range, each checked once; the line is named only for a rejection. */
    private static @Nullable Rejection outOfRangeNumber(SaleTicket ticket, SaleLine line) {
        if (Rejections.saleNumbersFit(line.quantity(), line.gross(), line.net(), line.vatRate())) {
            return null;
        }
        return Rejections.invalidSaleNumber(line.quantity(), line.gross(), line.net(), line.vatRate(),
                named(ticket, line));
    }

    private static String named(SaleTicket ticket, SaleLine line) {
        return "line " + ticket.lineId(line) + " of ticket '" + ticket.ticketKey() + "' (product '" + line.posName()
                + "')";
    }

    private static @Nullable Rejection duplicateLine(SaleTicket ticket) {
        List<SaleLine> lines = ticket.lines();
        if (lines.size() <= SMALL_TICKET) {
            // Tickets are small: comparing pairs costs less than hashing every line into a set.
            for (int i = 1; i < lines.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (sameIdentity(lines.get(i), lines.get(j))) {
                        return duplicate(ticket, ticket.lineId(lines.get(i)));
                    }
                }
            }
            return null;
        }
        Set<SaleLineId> seen = new HashSet<>(lines.size() * 2);
        for (SaleLine line : lines) {
            if (!seen.add(ticket.lineId(line))) {
                return duplicate(ticket, ticket.lineId(line));
            }
        }
        return null;
    }

    private static boolean sameIdentity(SaleLine a, SaleLine b) {
        return a.position() == b.position() && a.orderKey().equals(b.orderKey())
                && Objects.equals(a.addOnPosition(), b.addOnPosition());
    }

    private static Rejection duplicate(SaleTicket ticket, SaleLineId id) {
        return new Rejection(Reason.DUPLICATE_SALE_LINE, id.toString(), "Ticket '" + ticket.ticketKey()
                + "' has two lines with identity " + id + "; each (order, position, add-on position) must appear once.");
    }

    /**
     * Records the command's tickets one by one, folding each into the state as {@link SyncEvent.SalesImported} does on
     * replay, then keeps one event of the tickets that changed the state (none if nothing changed).
     */
    void apply(ImportSales command, Changes changes, Instant at) {
        reserve(command);
        Set<String> centres = centres(command);
        List<SaleTicket> applied = new ArrayList<>();
        for (SaleTicket ticket : command.tickets()) {
            if (ticket.training()) {
                changes.ticketsSkippedTraining++;
            } else if (leftOut(ticket, centres)) {
                changes.ticketsSkippedCentre++;
            } else if (ticket.open()) {
                // Semantic 3: an open ticket moves nothing; a billed version already recorded stays as it was.
                changes.ticketsSkippedOpen++;
            } else if (changes.fold().recordTicket(ticket, at, changes)) {
                changes.ticketsChanged++;
                applied.add(ticket);
            } else {
                changes.ticketsUnchanged++;
            }
        }
        if (!applied.isEmpty()) {
            changes.folded(new SyncEvent.SalesImported(at, applied));
        }
    }

    private static Set<String> centres(ImportSales command) {
        return command.centres().isEmpty() ? Set.of() : Set.copyOf(command.centres());
    }

    /** Semantic 14: whether an import restricted to some centres leaves this ticket out. */
    private static boolean leftOut(SaleTicket ticket, Set<String> centres) {
        return !centres.isEmpty() && (ticket.centre() == null || !centres.contains(ticket.centre()));
    }

    /** Makes room for the command's tickets, site by site, rather than growing the ledger ticket by ticket. */
    private void reserve(ImportSales command) {
        if (ports.sales() instanceof InMemorySalesLedger ledger && !command.tickets().isEmpty()) {
            Map<SiteId, Integer> perSite = new HashMap<>();
            for (SaleTicket ticket : command.tickets()) {
                perSite.merge(ticket.site(), 1, Integer::sum);
            }
            perSite.forEach(ledger::reserve);
        }
    }
}
