package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.Link;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.RecordedSale;
import io.cellarsync.sync.Rejection;
import io.cellarsync.sync.Rejection.Reason;
import io.cellarsync.sync.SaleEffectKind;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.SaleLineId;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SalesLedger;
import io.cellarsync.sync.SyncEvent;
import io.cellarsync.sync.SyncPorts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Imports whole tickets (semantics 2 to 8, 14): each ticket replaces its earlier version and only the difference moves
 * stock, line by line, in time linear in the lines.
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
        for (SaleTicket ticket : command.tickets()) {
            if (!registry.sites.contains(ticket.site())) {
                return Rejections.unknownSite(ticket.site().code());
            }
            if (ticket.training() || ticket.open()) {
                continue;
            }
            if (ticket.businessDate() == null) {
                return new Rejection(Reason.MISSING_BUSINESS_DATE, ticket.ticketKey(), "Billed ticket '"
                        + ticket.ticketKey() + "' of site " + ticket.site() + " has no business day; "
                        + "a billed ticket needs one (an open ticket is marked open).");
            }
            Rejection duplicate = duplicateLine(ticket);
            if (duplicate != null) {
                return duplicate;
            }
        }
        return null;
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

    void apply(ImportSales command, Changes changes, Instant at) {
        reserve(command, changes);
        Set<String> centres = command.centres().isEmpty() ? Set.of() : Set.copyOf(command.centres());
        for (SaleTicket ticket : command.tickets()) {
            if (ticket.training()) {
                changes.ticketsSkippedTraining++;
            } else if (!centres.isEmpty() && (ticket.centre() == null || !centres.contains(ticket.centre()))) {
                changes.ticketsSkippedCentre++;
            } else if (ticket.open()) {
                // Semantic 3: an open ticket moves nothing; a billed version already recorded stays as it was.
                changes.ticketsSkippedOpen++;
            } else if (applyTicket(ticket, changes, at)) {
                changes.ticketsChanged++;
            } else {
                changes.ticketsUnchanged++;
            }
        }
    }

    private boolean applyTicket(SaleTicket ticket, Changes changes, Instant at) {
        SalesLedger ledger = ports.sales();
        List<SaleLineId> earlier = ledger.ticketLines(ticket.site(), ticket.ticketKey());
        String cellar = registry.cellarFor(ticket.site(), ticket.centre());
        boolean changed = false;
        for (SaleLine line : ticket.lines()) {
            SaleLineId id = ticket.lineId(line);
            RecordedSale previous = earlier.isEmpty() ? null : ledger.sale(id).orElse(null);
            ReferenceState state = registry.found(ticket.site(), line.productKey());
            RecordedSale sale = recorded(ticket, line, id, previous == null ? cellar : previous.cellar(), state);
            if (previous != null && previous.sameEffectAs(sale)) {
                continue;
            }
            changed = true;
            if (previous != null) {
                reverse(previous, changes, at);
            }
            record(sale, state, changes, at);
        }
        if (!earlier.isEmpty()) {
            changed |= withdrawMissing(ticket, earlier, changes, at);
        }
        return changed;
    }

    private boolean withdrawMissing(SaleTicket ticket, List<SaleLineId> earlier, Changes changes, Instant at) {
        Set<SaleLineId> current = new HashSet<>(ticket.lines().size() * 2);
        for (SaleLine line : ticket.lines()) {
            current.add(ticket.lineId(line));
        }
        boolean changed = false;
        for (SaleLineId id : earlier) {
            if (!current.contains(id)) {
                RecordedSale old = ports.sales().sale(id).orElseThrow();
                reverse(old, changes, at);
                changes.emit(new SyncEvent.SaleWithdrawn(id));
                changed = true;
            }
        }
        return changed;
    }

    private void reverse(RecordedSale old, Changes changes, Instant at) {
        Optional<Attribution> attribution = ports.sales().attributionOf(old.id());
        attribution.ifPresent(a -> changes.emit(SaleEffects.reverse(at, SaleEffectKind.CORRECTION, old, a)));
        changes.gross = changes.gross.subtract(old.gross());
    }

    /**
     * Records a line and applies it through its reference's link, if any. The link is read from the reference's state
     * (mirrored from the link store by the fold), which the import has at hand; a reference seen for the first time
     * has no state yet, and its link, if any, is read from the store.
     */
    private void record(RecordedSale sale, @Nullable ReferenceState state, Changes changes, Instant at) {
        changes.emit(new SyncEvent.SaleRecorded(sale));
        changes.linesRecorded++;
        changes.gross = changes.gross.add(sale.gross());
        Link link = state != null ? state.link() : ports.links().linkOf(sale.reference()).orElse(null);
        if (link == null) {
            changes.unlinkedLines++;
        } else if (link.covers(sale.businessDate())) {
            changes.emit(SaleEffects.apply(at, SaleEffectKind.SALE, sale, link));
            changes.linesApplied++;
        }
    }

    /** Makes room for the command's lines at once rather than growing the stores line by line. */
    private void reserve(ImportSales command, Changes changes) {
        int lines = 0;
        for (SaleTicket ticket : command.tickets()) {
            lines += ticket.lines().size();
        }
        changes.reserve(2 * lines);
        if (ports.sales() instanceof InMemorySalesLedger) {
            ((InMemorySalesLedger) ports.sales()).reserve(lines);
        }
    }

    private RecordedSale recorded(SaleTicket ticket, SaleLine line, SaleLineId id, String cellar,
            @Nullable ReferenceState state) {
        // Semantic 4: a ticket booked to a cost post depletes stock but brings no revenue.
        BigDecimal gross = ticket.internal() ? BigDecimal.ZERO : line.gross();
        BigDecimal net = ticket.internal() ? BigDecimal.ZERO : line.net();
        String centre = ticket.centre() == null ? "" : ticket.centre();
        PosReferenceId reference = state != null ? state.id() : new PosReferenceId(ticket.site(), line.productKey());
        return new RecordedSale(id, reference, line.posName(),
                ticket.businessDate(), centre, cellar, ticket.internal(), line.quantity(), gross, net,
                line.vatRate());
    }
}
