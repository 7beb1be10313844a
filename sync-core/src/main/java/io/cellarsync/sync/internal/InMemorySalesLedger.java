package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.RecordedSale;
import io.cellarsync.sync.SaleLineId;
import io.cellarsync.sync.SalesLedger;
import io.cellarsync.sync.SalesTotals;
import io.cellarsync.sync.SiteId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SalesLedger} in hash tables: lines by identity (in a {@link LineTable}), and line lists by ticket and by reference, so that importing
 * is linear in lines and linking reads only the reference's own lines. Totals per reference are summed when asked,
 * from the reference's own lines, which keeps recording a line free of arithmetic.
 */
public final class InMemorySalesLedger implements SalesLedger {

    /** Room of a new per-reference list: a sold reference has many lines, so skip the first rounds of growth. */
    private static final int FIRST_ROOM = 16;

    private final LineTable<Entry> lines = new LineTable<>(entry -> entry.sale.id());
    /** The number of lines {@link #lines} holds without growing, as sized by {@link #reserve(int)}. */
    private int reserved;
    private final Map<SiteId, Map<String, List<SaleLineId>>> byTicket = new HashMap<>();
    private final Map<PosReferenceId, List<Entry>> byReference = new HashMap<>();
    /** The entry recorded last: an import attributes the line it just recorded, so this saves a lookup. */
    private @Nullable Entry last;
    /** The ticket recorded last: a ticket's lines are recorded one after the other, so this saves lookups. */
    private @Nullable SaleLineId lastTicketLine;
    private @Nullable List<SaleLineId> lastTicketLines;

    /** An empty ledger. */
    public InMemorySalesLedger() {}

    /**
     * Makes room for up to this many more lines at once, so that a large import rehashes the ledger once instead of
     * doubling it again and again; room is doubled ahead so that nightly imports do not rehash each time.
     *
     * @param more the number of lines about to be recorded, at most
     */
    public void reserve(int more) {
        long needed = (long) lines.size() + more;
        if (needed <= reserved || needed <= 12) {
            return;
        }
        int room = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(needed, 2L * lines.size()));
        lines.reserve(room);
        reserved = room;
    }

    @Override
    public void record(RecordedSale sale) {
        Entry fresh = new Entry(sale);
        Entry entry = lines.putIfAbsent(fresh);
        if (entry == null) {
            ticketList(sale.id()).add(sale.id());
            referenceList(sale.reference()).add(fresh);
            last = fresh;
            return;
        }
        replace(entry, sale);
    }

    private void replace(Entry entry, RecordedSale sale) {
        if (!entry.sale.reference().equals(sale.reference())) {
            referenceList(entry.sale.reference()).remove(entry);
            referenceList(sale.reference()).add(entry);
        }
        entry.sale = sale;
        entry.attribution = null;
        last = entry;
    }

    /**
     * Records a line of a reference whose state is at hand: as {@link #record(RecordedSale)}, finding the reference's
     * list of lines through its state's slot instead of a lookup.
     */
    @SuppressWarnings("unchecked")
    void record(RecordedSale sale, ReferenceState reference) {
        Entry fresh = new Entry(sale);
        Entry entry = lines.putIfAbsent(fresh);
        if (entry != null) {
            replace(entry, sale);
            return;
        }
        ticketList(sale.id()).add(sale.id());
        Object slot = reference.salesSlot;
        List<Entry> entries;
        if (slot == null) {
            entries = referenceList(sale.reference());
            reference.salesSlot = entries;
        } else {
            entries = (List<Entry>) slot;
        }
        entries.add(fresh);
        last = fresh;
    }

    @Override
    public void withdraw(SaleLineId line) {
        Entry entry = lines.remove(line);
        if (entry == null) {
            return;
        }
        if (entry == last) {
            last = null;
        }
        ticketList(line).remove(line);
        referenceList(entry.sale.reference()).remove(entry);
    }

    @Override
    public void attribute(SaleLineId line, Attribution attribution) {
        Entry entry = last != null && last.sale.id().equals(line) ? last : lines.get(line);
        if (entry != null) {
            entry.attribution = attribution;
        }
    }

    @Override
    public void unattribute(SaleLineId line) {
        Entry entry = lines.get(line);
        if (entry != null) {
            entry.attribution = null;
        }
    }

    @Override
    public Optional<RecordedSale> sale(SaleLineId line) {
        Entry entry = lines.get(line);
        return entry == null ? Optional.empty() : Optional.of(entry.sale);
    }

    @Override
    public Optional<Attribution> attributionOf(SaleLineId line) {
        Entry entry = lines.get(line);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.attribution);
    }

    @Override
    public List<SaleLineId> ticketLines(SiteId site, String ticketKey) {
        Map<String, List<SaleLineId>> tickets = byTicket.get(site);
        List<SaleLineId> ids = tickets == null ? null : tickets.get(ticketKey);
        return ids == null || ids.isEmpty() ? List.of() : List.copyOf(ids);
    }

    @Override
    public List<SaleLineId> referenceLines(PosReferenceId reference) {
        List<Entry> entries = byReference.get(reference);
        if (entries == null || entries.isEmpty()) {
            return List.of();
        }
        List<SaleLineId> ids = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            ids.add(entry.sale.id());
        }
        return ids;
    }

    @Override
    public SalesTotals totalsOf(PosReferenceId reference) {
        List<Entry> entries = byReference.get(reference);
        if (entries == null || entries.isEmpty()) {
            return SalesTotals.NONE;
        }
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (Entry entry : entries) {
            quantity = quantity.add(entry.sale.quantity());
            gross = gross.add(entry.sale.gross());
            net = net.add(entry.sale.net());
        }
        return new SalesTotals(entries.size(), quantity, gross, net);
    }

    private List<SaleLineId> ticketList(SaleLineId line) {
        SaleLineId previous = lastTicketLine;
        List<SaleLineId> cached = lastTicketLines;
        if (previous != null && cached != null && previous.ticketKey().equals(line.ticketKey())
                && previous.site().equals(line.site())) {
            return cached;
        }
        List<SaleLineId> ids = byTicket.computeIfAbsent(line.site(), s -> new HashMap<>())
                .computeIfAbsent(line.ticketKey(), t -> new ArrayList<>(4));
        lastTicketLine = line;
        lastTicketLines = ids;
        return ids;
    }

    private List<Entry> referenceList(PosReferenceId reference) {
        return byReference.computeIfAbsent(reference, r -> new ArrayList<>(FIRST_ROOM));
    }

    private static final class Entry {
        RecordedSale sale;
        @Nullable Attribution attribution;

        Entry(RecordedSale sale) {
            this.sale = sale;
        }
    }
}
