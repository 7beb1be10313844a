package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.Link;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.RecordedTicket;
import io.cellarsync.sync.SaleEffectKind;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.SaleLineId;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncPorts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The part of the {@link EventFold} that expands the coarse sales events against the state: an imported ticket
 * (semantics 2 to 8, 14), a link's back-fill (semantic 9) and an unlink's reversal (semantic 10). Each sale effect is
 * stored as a compact fact (ticket version, line, attribution, instant) by the stock ledger; nothing else is made per
 * line. Counts go to the command's {@link Changes} when there is one (not on replay).
 */
final class SaleFold {

    /** Above this many lines a newer version's lines are matched with the recorded ones through a map. */
    private static final int SMALL_TICKET = 16;

    private final Registry registry;
    private final SyncPorts ports;
    private final @Nullable InMemorySalesLedger memorySales;
    private final @Nullable InMemoryStockLedger memoryStock;

    SaleFold(Registry registry, SyncPorts ports) {
        this.registry = registry;
        this.ports = ports;
        this.memorySales = ports.sales() instanceof InMemorySalesLedger ? (InMemorySalesLedger) ports.sales() : null;
        this.memoryStock = ports.stock() instanceof InMemoryStockLedger ? (InMemoryStockLedger) ports.stock() : null;
    }

    /**
     * Records a billed ticket: compares it line by line with its recorded version, reverses what changed or
     * disappeared, records and applies what is new or changed.
     *
     * @return whether anything changed
     */
    boolean recordTicket(SaleTicket ticket, Instant at, @Nullable Changes changes) {
        RecordedTicket old = memorySales != null
                ? memorySales.find(ticket.site(), ticket.ticketKey())
                : ports.sales().ticket(ticket.site(), ticket.ticketKey()).orElse(null);
        return old == null ? recordNew(ticket, at, changes) : recordNewer(old, ticket, at, changes);
    }

    private boolean recordNew(SaleTicket ticket, Instant at, @Nullable Changes changes) {
        int size = ticket.lines().size();
        if (size == 0) {
            return false;
        }
        String cellar = registry.cellarFor(ticket.site(), ticket.centre());
        LocalDate day = Objects.requireNonNull(ticket.businessDate());
        ReferenceState[] states = new ReferenceState[size];
        Attribution[] attributions = new Attribution[size];
        for (int i = 0; i < size; i++) {
            SaleLine line = ticket.lines().get(i);
            ReferenceState state = reference(ticket.site(), line);
            states[i] = state;
            attributions[i] = applied(ticket, line, day, state, cellar, null, changes);
        }
        RecordedTicket version = RecordedTicket.of(ticket, cellar, Arrays.asList(attributions));
        store(version, states);
        for (int i = 0; i < size; i++) {
            if (attributions[i] != null) {
                effect(at, SaleEffectKind.SALE, version, i, attributions[i], states[i], changes);
            }
        }
        return true;
    }

    private boolean recordNewer(RecordedTicket old, SaleTicket ticket, Instant at, @Nullable Changes changes) {
        int size = ticket.lines().size();
        int[] match = match(old, ticket);
        boolean[] matched = new boolean[old.size()];
        SaleLine[] lines = new SaleLine[size];
        String[] cellars = new String[size];
        Attribution[] attributions = new Attribution[size];
        ReferenceState[] states = new ReferenceState[size];
        boolean[] fresh = new boolean[size];
        String cellar = registry.cellarFor(ticket.site(), ticket.centre());
        LocalDate day = ticket.businessDate();
        boolean changed = false;
        for (int i = 0; i < size; i++) {
            SaleLine line = ticket.lines().get(i);
            int j = match[i];
            if (j >= 0) {
                matched[j] = true;
                if (sameEffect(old, j, ticket, line)) {
                    lines[i] = old.line(j);
                    cellars[i] = old.cellar(j);
                    attributions[i] = old.attribution(j);
                    continue;
                }
            }
            changed = true;
            fresh[i] = true;
            lines[i] = line;
            // A line keeps the cellar it was first recorded in (semantic 14).
            cellars[i] = j >= 0 ? old.cellar(j) : cellar;
            states[i] = reference(ticket.site(), line);
            // Only a line of the same reference can be a kept past sale of it (a correction may change the product).
            Attribution kept = j >= 0 && old.line(j).productKey().equals(line.productKey())
                    ? keptPastSale(old.attribution(j), states[i]) : null;
            attributions[i] = applied(ticket, line, Objects.requireNonNull(day), states[i], cellars[i], kept, changes);
        }
        for (boolean m : matched) {
            changed |= !m;
        }
        if (!changed) {
            return false;
        }
        SaleTicket merged = Arrays.asList(lines).equals(ticket.lines()) ? ticket : new SaleTicket(ticket.site(),
                ticket.ticketKey(), day, false, ticket.internal(), false, ticket.centre(), Arrays.asList(lines));
        RecordedTicket version = RecordedTicket.of(merged, Arrays.asList(cellars), Arrays.asList(attributions));
        store(version, states);
        for (int i = 0; i < size; i++) {
            if (fresh[i]) {
                if (match[i] >= 0) {
                    reverse(old, match[i], at, changes);
                }
                if (attributions[i] != null) {
                    effect(at, SaleEffectKind.SALE, version, i, attributions[i], states[i], changes);
                }
            }
        }
        for (int j = 0; j < matched.length; j++) {
            if (!matched[j]) {
                reverse(old, j, at, changes);
            }
        }
        return true;
    }

    /** Reverses the effect of a recorded line replaced or withdrawn by a newer version of its ticket. */
    private void reverse(RecordedTicket old, int line, Instant at, @Nullable Changes changes) {
        Attribution attribution = old.attribution(line);
        if (attribution != null) {
            effect(at, SaleEffectKind.CORRECTION, old, line, attribution, null, changes);
        }
        if (changes != null) {
            changes.gross.add(old.gross(line), true);
        }
    }

    /**
     * The attribution a corrected line keeps: a past sale kept on its wine when its link was broken with
     * {@code keepPastSales} (semantic 10) stays a past sale of that wine when the POS corrects it, even if the reference
     * has since been linked again (the back-fill of the new link left it where it was too). {@code null} when the line
     * was applied through the reference's current link, or not applied.
     */
    private static @Nullable Attribution keptPastSale(@Nullable Attribution previous, ReferenceState state) {
        Link link = state.link();
        return previous != null && (link == null || link.number() != previous.linkNumber()) ? previous : null;
    }

    /**
     * Counts a line recorded, and gives the attribution it is applied with: the one it keeps as a past sale (see
     * {@link #keptPastSale}), else the one of its reference's link if the link covers its day, else {@code null} (it
     * counts for no wine).
     */
    private @Nullable Attribution applied(SaleTicket ticket, SaleLine line, LocalDate day, ReferenceState state,
            String cellar, @Nullable Attribution kept, @Nullable Changes changes) {
        boolean covered = kept == null && state.linkCovers(day);
        if (changes != null) {
            changes.linesRecorded++;
            if (!ticket.internal()) {
                changes.gross.add(line.gross(), false);
            }
            if (kept != null || covered) {
                changes.linesApplied++;
            } else if (state.link() == null) {
                changes.unlinkedLines++;
            }
        }
        return kept != null ? kept : covered ? attribution(state, Objects.requireNonNull(state.link()), cellar) : null;
    }

    /** For each line of the newer version, the index of the recorded line of the same identity, or -1. */
    private static int[] match(RecordedTicket old, SaleTicket ticket) {
        int size = ticket.lines().size();
        int[] match = new int[size];
        if (old.size() <= SMALL_TICKET) {
            for (int i = 0; i < size; i++) {
                SaleLine line = ticket.lines().get(i);
                match[i] = -1;
                for (int j = 0; j < old.size(); j++) {
                    SaleLine recorded = old.line(j);
                    if (recorded.position() == line.position() && recorded.orderKey().equals(line.orderKey())
                            && Objects.equals(recorded.addOnPosition(), line.addOnPosition())) {
                        match[i] = j;
                        break;
                    }
                }
            }
            return match;
        }
        Map<SaleLineId, Integer> byId = new HashMap<>(old.size() * 2);
        for (int j = 0; j < old.size(); j++) {
            byId.put(old.lineId(j), j);
        }
        for (int i = 0; i < size; i++) {
            Integer j = byId.get(ticket.lineId(ticket.lines().get(i)));
            match[i] = j == null ? -1 : j;
        }
        return match;
    }

    /**
     * Whether a newer version of a line has the same effect on stock and revenue as the recorded one: same reference,
     * day, centre, kind and amounts (compared as numbers, so {@code 1.0} equals {@code 1}); the POS name may differ (R8).
     */
    private static boolean sameEffect(RecordedTicket old, int j, SaleTicket ticket, SaleLine line) {
        SaleTicket recorded = old.ticket();
        SaleLine was = old.line(j);
        BigDecimal gross = ticket.internal() ? BigDecimal.ZERO : line.gross();
        BigDecimal net = ticket.internal() ? BigDecimal.ZERO : line.net();
        return was.productKey().equals(line.productKey())
                && Objects.equals(recorded.businessDate(), ticket.businessDate())
                && recorded.internal() == ticket.internal()
                && Objects.equals(centre(recorded), centre(ticket))
                && was.quantity().compareTo(line.quantity()) == 0
                && old.gross(j).compareTo(gross) == 0
                && old.net(j).compareTo(net) == 0
                && was.vatRate().compareTo(line.vatRate()) == 0;
    }

    private static String centre(SaleTicket ticket) {
        return ticket.centre() == null ? "" : ticket.centre();
    }

    /** Back-fills a new link: applies the reference's recorded lines that count for no wine and whose day it covers. */
    void backfill(Link link, Instant at, @Nullable Changes changes) {
        PosReferenceId reference = link.reference();
        ReferenceState state = registry.reference(reference);
        for (RecordedTicket recorded : ports.sales().ticketsOf(reference)) {
            if (!recorded.ticket().site().equals(reference.site())
                    || !link.covers(Objects.requireNonNull(recorded.ticket().businessDate()))) {
                continue;
            }
            Attribution[] next = null;
            for (int i = 0; i < recorded.size(); i++) {
                // A line still counted by an earlier link whose past sales were kept is left to it.
                if (recorded.attribution(i) == null && recorded.line(i).productKey().equals(reference.productKey())) {
                    next = next != null ? next : attributionsOf(recorded);
                    next[i] = attribution(state, link, recorded.cellar(i));
                }
            }
            if (next != null) {
                RecordedTicket current = recorded.withAttributions(Arrays.asList(next));
                ports.sales().record(current);
                for (int i = 0; i < current.size(); i++) {
                    Attribution attribution = current.attribution(i);
                    if (attribution != recorded.attribution(i)) {
                        effect(at, SaleEffectKind.BACKFILL, current, i, Objects.requireNonNull(attribution), state,
                                changes);
                        if (changes != null) {
                            changes.linesBackfilled++;
                        }
                    }
                }
            }
        }
    }

    /** Reverses every line a link applied, as it is broken without keeping its past sales. */
    void reverseLink(Link link, Instant at, @Nullable Changes changes) {
        PosReferenceId reference = link.reference();
        for (RecordedTicket recorded : ports.sales().ticketsOf(reference)) {
            if (!recorded.ticket().site().equals(reference.site())) {
                continue;
            }
            Attribution[] next = null;
            for (int i = 0; i < recorded.size(); i++) {
                Attribution attribution = recorded.attribution(i);
                if (attribution != null && attribution.linkNumber() == link.number()
                        && recorded.line(i).productKey().equals(reference.productKey())) {
                    effect(at, SaleEffectKind.UNLINK, recorded, i, attribution, null, changes);
                    next = next != null ? next : attributionsOf(recorded);
                    next[i] = null;
                }
            }
            if (next != null) {
                ports.sales().record(recorded.withAttributions(Arrays.asList(next)));
            }
        }
    }

    /** A ticket's attributions, line by line, to change some of them and make one copy. */
    private static @Nullable Attribution[] attributionsOf(RecordedTicket recorded) {
        Attribution[] attributions = new Attribution[recorded.size()];
        for (int i = 0; i < attributions.length; i++) {
            attributions[i] = recorded.attribution(i);
        }
        return attributions;
    }

    private void store(RecordedTicket version, @Nullable ReferenceState[] states) {
        if (memorySales != null) {
            memorySales.record(version, states);
        } else {
            ports.sales().record(version);
        }
    }

    private void effect(Instant at, SaleEffectKind kind, RecordedTicket ticket, int line, Attribution attribution,
            @Nullable ReferenceState state, @Nullable Changes changes) {
        if (memoryStock != null && state != null) {
            memoryStock.recordSaleEffect(at, kind, ticket, line, attribution, state);
        } else {
            ports.stock().recordSaleEffect(at, kind, ticket, line, attribution);
        }
        if (changes != null) {
            changes.stockMovements++;
        }
    }

    /** The state of a line's reference, registered from the line if it was never seen (semantic 13). */
    private ReferenceState reference(SiteId site, SaleLine line) {
        ReferenceState state = registry.found(site, line.productKey());
        if (state == null) {
            PosReferenceId id = new PosReferenceId(site, line.productKey());
            state = new ReferenceState(id, line.posName(), ports.links().linkOf(id).orElse(null));
            registry.add(state);
        }
        return state;
    }

    /**
     * The attribution of a line applied through a link: the one shared by the reference's earlier lines when it was
     * made for the same link (an immutable object, compared by identity) and cellar, so that a large import keeps one
     * attribution per link rather than per line, without reading the link or the attribution per line.
     */
    private static Attribution attribution(@Nullable ReferenceState state, Link link, String cellar) {
        if (state != null) {
            Attribution shared = state.sharedAttribution;
            String sharedCellar = state.sharedAttributionCellar;
            if (shared != null && state.sharedAttributionLink == link
                    && (sharedCellar == cellar || cellar.equals(sharedCellar))) {
                return shared;
            }
        }
        Attribution fresh = new Attribution(link.number(), link.wineId(), cellar, link.perSale());
        if (state != null) {
            state.sharedAttribution = fresh;
            state.sharedAttributionLink = link;
            state.sharedAttributionCellar = cellar;
        }
        return fresh;
    }
}
