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
    private final Map<PosReferenceId, ReferenceSales> byReference = new HashMap<>();
    /** The entry recorded last: an import attributes the line it just recorded, so this saves a lookup. */
    private @Nullable Entry last;

    /** An empty ledger. */
    public InMemorySalesLedger() {}

    @Override
    public void record(RecordedSale sale) {
        Entry fresh = new Entry(sale);
        Entry entry = lines.putIfAbsent(sale.id(), fresh);
        if (entry == null) {
            byTicket.computeIfAbsent(TicketRef.of(sale.id()), t -> new ArrayList<>(4)).add(sale.id());
            referenceSales(sale.reference()).add(sale);
            last = fresh;
            return;
        }
        ReferenceSales before = referenceSales(entry.sale.reference());
        before.totals.remove(entry.sale);
        if (entry.sale.reference().equals(sale.reference())) {
            before.totals.add(sale);
        } else {
            before.lines.remove(sale.id());
            referenceSales(sale.reference()).add(sale);
        }
        entry.sale = sale;
        entry.attribution = null;
        last = entry;
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
        byTicket.get(TicketRef.of(line)).remove(line);
        ReferenceSales sales = referenceSales(entry.sale.reference());
        sales.lines.remove(line);
        sales.totals.remove(entry.sale);
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
        List<SaleLineId> ids = byTicket.get(new TicketRef(site, ticketKey));
        return ids == null || ids.isEmpty() ? List.of() : List.copyOf(ids);
    }

    @Override
    public List<SaleLineId> referenceLines(PosReferenceId reference) {
        ReferenceSales sales = byReference.get(reference);
        return sales == null || sales.lines.isEmpty() ? List.of() : List.copyOf(sales.lines);
    }

    @Override
    public SalesTotals totalsOf(PosReferenceId reference) {
        ReferenceSales sales = byReference.get(reference);
        Totals sums = sales == null ? null : sales.totals;
        return sums == null || sums.lines == 0
                ? SalesTotals.NONE
                : new SalesTotals(sums.lines, sums.quantity, sums.gross, sums.net);
    }

    private ReferenceSales referenceSales(PosReferenceId reference) {
        return byReference.computeIfAbsent(reference, r -> new ReferenceSales());
    }

    /** A reference's lines and their totals, kept together so that recording a line looks the reference up once. */
    private static final class ReferenceSales {
        final List<SaleLineId> lines = new ArrayList<>();
        final Totals totals = new Totals();

        void add(RecordedSale sale) {
            lines.add(sale.id());
            totals.add(sale);
        }
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
