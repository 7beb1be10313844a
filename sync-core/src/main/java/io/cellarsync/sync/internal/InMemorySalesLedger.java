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
 * A {@link SalesLedger} in hash maps: lines by identity, and line lists by ticket and by reference, so that importing
 * is linear in lines and linking reads only the reference's own lines.
 */
public final class InMemorySalesLedger implements SalesLedger {

    private final Map<SaleLineId, Entry> lines = new HashMap<>();
    private final Map<TicketRef, List<SaleLineId>> byTicket = new HashMap<>();
    private final Map<PosReferenceId, List<SaleLineId>> byReference = new HashMap<>();
    private final Map<PosReferenceId, Totals> totals = new HashMap<>();

    /** An empty ledger. */
    public InMemorySalesLedger() {}

    @Override
    public void record(RecordedSale sale) {
        Entry entry = lines.get(sale.id());
        if (entry == null) {
            lines.put(sale.id(), new Entry(sale));
            byTicket.computeIfAbsent(TicketRef.of(sale.id()), t -> new ArrayList<>(4)).add(sale.id());
            byReference.computeIfAbsent(sale.reference(), r -> new ArrayList<>()).add(sale.id());
        } else {
            totalsOf0(entry.sale.reference()).remove(entry.sale);
            if (!entry.sale.reference().equals(sale.reference())) {
                byReference.get(entry.sale.reference()).remove(sale.id());
                byReference.computeIfAbsent(sale.reference(), r -> new ArrayList<>()).add(sale.id());
            }
            entry.sale = sale;
            entry.attribution = null;
        }
        totalsOf0(sale.reference()).add(sale);
    }

    @Override
    public void withdraw(SaleLineId line) {
        Entry entry = lines.remove(line);
        if (entry == null) {
            return;
        }
        byTicket.get(TicketRef.of(line)).remove(line);
        byReference.get(entry.sale.reference()).remove(line);
        totalsOf0(entry.sale.reference()).remove(entry.sale);
    }

    @Override
    public void attribute(SaleLineId line, Attribution attribution) {
        Entry entry = lines.get(line);
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
        List<SaleLineId> ids = byTicket.get(new TicketRef(site, ticketKey));
        return ids == null || ids.isEmpty() ? List.of() : List.copyOf(ids);
    }

    @Override
    public List<SaleLineId> referenceLines(PosReferenceId reference) {
        List<SaleLineId> ids = byReference.get(reference);
        return ids == null || ids.isEmpty() ? List.of() : List.copyOf(ids);
    }

    @Override
    public SalesTotals totalsOf(PosReferenceId reference) {
        Totals sums = totals.get(reference);
        return sums == null || sums.lines == 0
                ? SalesTotals.NONE
                : new SalesTotals(sums.lines, sums.quantity, sums.gross, sums.net);
    }

    private Totals totalsOf0(PosReferenceId reference) {
        return totals.computeIfAbsent(reference, r -> new Totals());
    }

    private record TicketRef(SiteId site, String ticketKey) {
        static TicketRef of(SaleLineId line) {
            return new TicketRef(line.site(), line.ticketKey());
        }
    }

    private static final class Entry {
        RecordedSale sale;
        @Nullable Attribution attribution;

        Entry(RecordedSale sale) {
            this.sale = sale;
        }
    }

    private static final class Totals {
        int lines;
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;

        void add(RecordedSale sale) {
            lines++;
            quantity = quantity.add(sale.quantity());
            gross = gross.add(sale.gross());
            net = net.add(sale.net());
        }

        void remove(RecordedSale sale) {
            lines--;
            quantity = quantity.subtract(sale.quantity());
            gross = gross.subtract(sale.gross());
            net = net.subtract(sale.net());
        }
    }
}
