package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.RecordedTicket;
import io.cellarsync.sync.SaleEffectKind;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.StockBalance;
import io.cellarsync.sync.StockLedger;
import io.cellarsync.sync.StockMovement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link StockLedger} keeping the audit trail as compact facts in one append-only log ({@link ChunkedLog}), and per
 * wine its attributions' running sums ({@link WineJournal}, {@link SaleSums}). Movements are made from the facts when
 * {@link #movementsOf(String)} is asked.
 *
 * <p>A sale effect is one log entry: the ticket version, and a code packing the kind, the line's index and the position
 * of the previous fact of the same attribution (which names the link, wine, cellar and ratio, so it is not stored per
 * fact). Any other movement, or a sale effect whose line index does not fit, is stored whole, chained per wine or per
 * attribution alike. Instants are kept apart, once per change (an import stamps all its lines with one instant). The
 * log's position orders a wine's facts.
 */
public final class InMemoryStockLedger implements StockLedger {

    private static final int KIND_BITS = 3;
    private static final int WHOLE = 7;
    private static final int LINE_BITS = 19;
    private static final int MAX_LINE = (1 << LINE_BITS) - 1;
    private static final int PREVIOUS_SHIFT = KIND_BITS + LINE_BITS;
    private static final SaleEffectKind[] KINDS = SaleEffectKind.values();

    private final Map<String, WineJournal> byWine = new HashMap<>();
    private final ChunkedLog log = new ChunkedLog();
    /** The instant of the facts from each position on: positions ascending. */
    private long[] instantFrom = new long[8];
    private Instant[] instants = new Instant[8];
    private int instantCount;

    /** An empty ledger. */
    public InMemoryStockLedger() {}

    @Override
    public void record(StockMovement movement) {
        WineJournal journal = journal(movement.wineId());
        journal.lastWhole = log.append(movement, code(WHOLE, 0, journal.lastWhole));
        journal.addToBase(movement);
    }

    @Override
    public void recordSaleEffect(Instant at, SaleEffectKind kind, RecordedTicket ticket, int line,
            Attribution attribution) {
        record(at, kind, ticket, line, journal(attribution.wineId()).sumsOf(attribution));
    }

    /**
     * As {@link #recordSaleEffect}, finding the attribution's sums through the reference's slot when the reference last
     * moved stock through the same attribution.
     */
    void recordSaleEffect(Instant at, SaleEffectKind kind, RecordedTicket ticket, int line, Attribution attribution,
            ReferenceState reference) {
        Object slot = reference.stockSlot;
        SaleSums sums;
        if (slot != null && reference.stockSlotAttribution == attribution) {
            sums = (SaleSums) slot;
        } else {
            sums = journal(attribution.wineId()).sumsOf(attribution);
            reference.stockSlot = sums;
            reference.stockSlotAttribution = attribution;
        }
        record(at, kind, ticket, line, sums);
    }

    private void record(Instant at, SaleEffectKind kind, RecordedTicket ticket, int line, SaleSums sums) {
        long position = line > MAX_LINE
                ? log.append(StockMovement.ofSale(at, kind, ticket, line, sums.attribution),
                        code(WHOLE, 0, sums.last))
                : log.append(ticket, code(kind.ordinal(), line, sums.last));
        sums.last = position;
        stamp(position, at);
        SaleLine sold = ticket.line(line);
        sums.add(sold.quantity(), sold.vatRate(), ticket.gross(line), ticket.net(line), !kind.applies());
    }

    private static long code(int kind, int line, long previous) {
        return (previous + 1) << PREVIOUS_SHIFT | (long) line << KIND_BITS | kind;
    }

    private static long previous(long code) {
        return (code >>> PREVIOUS_SHIFT) - 1;
    }

    private void stamp(long position, Instant at) {
        if (instantCount > 0) {
            Instant last = instants[instantCount - 1];
            if (last == at || last.equals(at)) {
                return;
            }
        }
        if (instantCount == instants.length) {
            instants = Arrays.copyOf(instants, instantCount * 2);
            instantFrom = Arrays.copyOf(instantFrom, instantCount * 2);
        }
        instants[instantCount] = at;
        instantFrom[instantCount] = position;
        instantCount++;
    }

    private Instant instantAt(long position) {
        int low = 0;
        int high = instantCount - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (instantFrom[middle] <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return instants[low];
    }

    private WineJournal journal(String wineId) {
        return byWine.computeIfAbsent(wineId, id -> new WineJournal());
    }

    @Override
    public List<StockMovement> movementsOf(String wineId) {
        WineJournal journal = byWine.get(wineId);
        if (journal == null) {
            return List.of();
        }
        List<long[]> chains = new ArrayList<>();
        SaleSums[] attributions = journal.attributions();
        int facts = 0;
        chains.add(chain(journal.lastWhole));
        facts += chains.get(0).length;
        for (SaleSums sums : attributions) {
            long[] chain = chain(sums.last);
            chains.add(chain);
            facts += chain.length;
        }
        // Each chain is in log order; tag each position with its chain and sort them all.
        long[] positions = new long[facts];
        int[] owner = new int[facts];
        int n = 0;
        for (int c = 0; c < chains.size(); c++) {
            for (long position : chains.get(c)) {
                positions[n] = position;
                owner[n] = c;
                n++;
            }
        }
        Integer[] order = new Integer[facts];
        for (int i = 0; i < facts; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(positions[a], positions[b]));
        List<StockMovement> movements = new ArrayList<>(facts);
        for (Integer i : order) {
            movements.add(movement(positions[i], owner[i] == 0 ? null : attributions[owner[i] - 1]));
        }
        return List.copyOf(movements);
    }

    /** The positions of a chain, oldest first. */
    private long[] chain(long last) {
        long[] positions = new long[8];
        int n = 0;
        for (long position = last; position >= 0; position = previous(log.code(position))) {
            if (n == positions.length) {
                positions = Arrays.copyOf(positions, n * 2);
            }
            positions[n++] = position;
        }
        long[] oldestFirst = new long[n];
        for (int i = 0; i < n; i++) {
            oldestFirst[i] = positions[n - 1 - i];
        }
        return oldestFirst;
    }

    private StockMovement movement(long position, @Nullable SaleSums sums) {
        long code = log.code(position);
        int kind = (int) (code & ((1 << KIND_BITS) - 1));
        Object item = log.item(position);
        if (kind == WHOLE || sums == null) {
            return (StockMovement) item;
        }
        int line = (int) ((code >>> KIND_BITS) & MAX_LINE);
        return StockMovement.ofSale(instantAt(position), KINDS[kind], (RecordedTicket) item, line, sums.attribution);
    }

    @Override
    public StockBalance balanceOf(String wineId) {
        WineJournal journal = byWine.get(wineId);
        return journal == null ? StockBalance.of(List.of()) : journal.balance();
    }
}
