package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.RecordedTicket;
import io.cellarsync.sync.SaleEffectKind;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.StockBalance;
import io.cellarsync.sync.StockMovement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One wine's audit trail in the in-memory stock ledger, kept as compact facts from which its {@link StockMovement}s are
 * made when asked (semantic 15), and its running balance.
 *
 * <p>Two parallel arrays, one entry per fact: a sale effect is the ticket version and an {@code int} code packing the
 * line's index, the index of its attribution in the wine's small table of attributions, and the kind; the instant of
 * the sale effects that follow is an entry of its own, written only when it changes (an import stamps all its lines
 * with one instant); any other movement (initial stock, manual adjustment, or a sale effect whose indexes do not fit
 * the code) is stored whole. So a sale line costs the wine one array slot of each kind instead of a movement, its cause
 * and a list slot. The balance is kept as the sums of each attribution ({@link SaleSums}) and of the other movements,
 * added up when asked.
 */
final class WineJournal {

    private static final int INSTANT = -1;
    private static final int WHOLE = -2;
    private static final int KIND_BITS = 2;
    private static final int ATTRIBUTION_BITS = 10;
    private static final int LINE_SHIFT = KIND_BITS + ATTRIBUTION_BITS;
    private static final int MAX_ATTRIBUTIONS = 1 << ATTRIBUTION_BITS;
    private static final int MAX_LINE = (1 << (31 - LINE_SHIFT)) - 1;
    private static final SaleEffectKind[] KINDS = SaleEffectKind.values();
    private static final int FIRST_ROOM = 16;

    private @Nullable Object[] items = new Object[FIRST_ROOM];
    private int[] codes = new int[FIRST_ROOM];
    private int size;
    private Attribution[] attributions = new Attribution[2];
    private SaleSums[] sums = new SaleSums[2];
    private int attributionCount;
    private @Nullable Instant lastAt;
    /** The balance of the movements that are not sale effects (initial stock, manual adjustments). */
    private final RunningBalance base = new RunningBalance();

    /** Appends a movement that is not a sale effect, stored whole. */
    void add(StockMovement movement) {
        append(movement, WHOLE);
        base.add(movement);
    }

    /** Appends the effect of a line applied or reversed through an attribution of this wine. */
    void addSale(Instant at, SaleEffectKind kind, RecordedTicket ticket, int line, Attribution attribution) {
        int index = indexOf(attribution);
        addSale(at, kind, ticket, line, index, sums[index]);
    }

    /**
     * Appends the effect of a line applied or reversed through the attribution of this wine at an index given by
     * {@link #indexOf(Attribution)}, whose sums are given ({@link #sums(int)}).
     */
    void addSale(Instant at, SaleEffectKind kind, RecordedTicket ticket, int line, int index, SaleSums sumsOf) {
        if (index >= MAX_ATTRIBUTIONS || line > MAX_LINE) {
            append(StockMovement.ofSale(at, kind, ticket, line, attributions[index]), WHOLE);
        } else {
            Instant last = lastAt;
            if (last != at && !at.equals(last)) {
                append(at, INSTANT);
                lastAt = at;
            }
            append(ticket, line << LINE_SHIFT | index << KIND_BITS | kind.ordinal());
        }
        SaleLine sold = ticket.line(line);
        sumsOf.add(sold.quantity(), sold.vatRate(), ticket.gross(line), ticket.net(line), !kind.applies());
    }

    /** The sums of the attribution at an index. */
    SaleSums sums(int index) {
        return sums[index];
    }

    /** The balance: the movements stored whole, and the sums of each attribution. */
    StockBalance balance() {
        RunningBalance balance = base.copy();
        for (int i = 0; i < attributionCount; i++) {
            sums[i].addTo(balance);
        }
        return balance.balance();
    }

    /** The movements, oldest first, made from the facts. */
    List<StockMovement> movements() {
        List<StockMovement> movements = new ArrayList<>(size);
        Instant at = null;
        for (int i = 0; i < size; i++) {
            int code = codes[i];
            Object item = items[i];
            if (code == INSTANT) {
                at = (Instant) item;
            } else if (code == WHOLE) {
                movements.add((StockMovement) item);
            } else {
                movements.add(StockMovement.ofSale(at, KINDS[code & ((1 << KIND_BITS) - 1)], (RecordedTicket) item,
                        code >>> LINE_SHIFT, attributions[(code >>> KIND_BITS) & (MAX_ATTRIBUTIONS - 1)]));
            }
        }
        return movements;
    }

    /** The attribution's index in the table, added if new; the latest first, since a wine's attributions repeat. */
    int indexOf(Attribution attribution) {
        for (int i = attributionCount - 1; i >= 0; i--) {
            if (attributions[i] == attribution) {
                return i;
            }
        }
        for (int i = attributionCount - 1; i >= 0; i--) {
            if (attributions[i].equals(attribution)) {
                return i;
            }
        }
        if (attributionCount == attributions.length) {
            attributions = Arrays.copyOf(attributions, attributionCount * 2);
            sums = Arrays.copyOf(sums, attributionCount * 2);
        }
        attributions[attributionCount] = attribution;
        sums[attributionCount] = new SaleSums(attribution);
        return attributionCount++;
    }

    private void append(Object item, int code) {
        if (size == codes.length) {
            items = Arrays.copyOf(items, size * 2);
            codes = Arrays.copyOf(codes, size * 2);
        }
        items[size] = item;
        codes[size] = code;
        size++;
    }
}
