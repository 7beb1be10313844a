package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The recorded version of a billed ticket, as the engine keeps it in its {@link SalesLedger}: the ticket as the POS
 * sent it, and for each of its lines the cellar it depletes and the wine it currently counts for, if any. It is the
 * unit the ledger stores: a newer version of a ticket replaces the recorded one whole (lines whose effect did not change
 * are carried over, with their cellar and attribution).
 *
 * <p>Immutable: {@link #withAttribution(int, Attribution)} gives a copy. Line {@code i} is {@code ticket().lines()
 * .get(i)}; the per-line accessors read it with the ticket's own fields (an internal ticket's lines have gross and net
 * zero, semantic 4).
 */
public final class RecordedTicket {

    private final SaleTicket ticket;
    /** The cellar of every line, or {@code null} when {@link #cellars} names each line's own. */
    private final @Nullable String cellar;
    private final String @Nullable [] cellars;
    private final @Nullable Attribution[] attributions;

    private RecordedTicket(SaleTicket ticket, @Nullable String cellar, String @Nullable [] cellars,
            @Nullable Attribution[] attributions) {
        this.ticket = ticket;
        this.cellar = cellar;
        this.cellars = cellars;
        this.attributions = attributions;
    }

    /**
     * A recorded ticket.
     *
     * @param ticket the billed ticket, with its business day
     * @param cellars the cellar of each line, in the order of the ticket's lines
     * @param attributions the wine each line counts for, in the same order, {@code null} for a line that counts for none
     * @return the recorded ticket
     * @throws IllegalArgumentException if the ticket is open or has no business day, or a list's size is not the
     *     number of lines
     */
    public static RecordedTicket of(SaleTicket ticket, List<String> cellars,
            List<@Nullable Attribution> attributions) {
        check(ticket, cellars.size(), attributions.size());
        String[] each = cellars.toArray(new String[0]);
        for (String c : each) {
            Objects.requireNonNull(c, "cellar");
        }
        return new RecordedTicket(ticket, null, each, attributions.toArray(new Attribution[0])).compact();
    }

    private static void check(SaleTicket ticket, int cellars, int attributions) {
        Objects.requireNonNull(ticket, "ticket");
        int lines = ticket.lines().size();
        if (ticket.open() || ticket.businessDate() == null) {
            throw new IllegalArgumentException("Ticket '" + ticket.ticketKey() + "' of site " + ticket.site()
                    + " is not billed with a business day; only billed tickets are recorded.");
        }
        if (cellars != lines || attributions != lines) {
            throw new IllegalArgumentException("Ticket '" + ticket.ticketKey() + "' has " + lines + " lines but "
                    + cellars + " cellars and " + attributions + " attributions were given.");
        }
    }

    /**
     * A recorded ticket whose lines all deplete one cellar.
     *
     * @param ticket the billed ticket, with its business day
     * @param cellar the cellar of every line
     * @param attributions the wine each line counts for, in the order of the ticket's lines, {@code null} for none
     * @return the recorded ticket
     * @throws IllegalArgumentException as {@link #of(SaleTicket, List, List)}
     */
    public static RecordedTicket of(SaleTicket ticket, String cellar, List<@Nullable Attribution> attributions) {
        Objects.requireNonNull(cellar, "cellar");
        check(ticket, ticket.lines().size(), attributions.size());
        return new RecordedTicket(ticket, cellar, null, attributions.toArray(new Attribution[0]));
    }

    /** Keeps one cellar instead of an array when every line has the same. */
    private RecordedTicket compact() {
        String[] each = cellars;
        if (each == null || each.length == 0) {
            return each == null ? this : new RecordedTicket(ticket, "", null, attributions);
        }
        for (String c : each) {
            if (!c.equals(each[0])) {
                return this;
            }
        }
        return new RecordedTicket(ticket, each[0], null, attributions);
    }

    /**
     * The ticket as the POS sent it (a line whose effect a newer version did not change keeps its first version).
     *
     * @return the ticket
     */
    public SaleTicket ticket() {
        return ticket;
    }

    /**
     * The number of lines.
     *
     * @return the number of lines
     */
    public int size() {
        return ticket.lines().size();
    }

    /**
     * A line as the POS sent it.
     *
     * @param line the line's index
     * @return the line
     */
    public SaleLine line(int line) {
        return ticket.lines().get(line);
    }

    /**
     * The identity of a line.
     *
     * @param line the line's index
     * @return its identity
     */
    public SaleLineId lineId(int line) {
        return ticket.lineId(line(line));
    }

    /**
     * The POS reference sold on a line.
     *
     * @param line the line's index
     * @return the reference
     */
    public PosReferenceId reference(int line) {
        return new PosReferenceId(ticket.site(), line(line).productKey());
    }

    /**
     * The cellar a line depletes: the one its centre was mapped to when it was first recorded.
     *
     * @param line the line's index
     * @return the cellar
     */
    public String cellar(int line) {
        String[] each = cellars;
        if (each == null) {
            Objects.checkIndex(line, size());
            return Objects.requireNonNull(cellar);
        }
        return each[line];
    }

    /**
     * The wine a line currently counts for.
     *
     * @param line the line's index
     * @return the attribution, or {@code null} if the line counts for no wine
     */
    public @Nullable Attribution attribution(int line) {
        return attributions[line];
    }

    /**
     * This version with a line's attribution changed (by a link's back-fill or an unlink).
     *
     * @param line the line's index
     * @param attribution the new attribution, or {@code null} for none
     * @return the copy
     */
    public RecordedTicket withAttribution(int line, @Nullable Attribution attribution) {
        Attribution[] copy = attributions.clone();
        copy[line] = attribution;
        return new RecordedTicket(ticket, cellar, cellars, copy);
    }

    /**
     * A copy with the attribution of every line replaced at once (one copy, however many lines change).
     *
     * @param attributions the attribution of line {@code i} at {@code i}, {@code null} for a line that counts for no
     *     wine; as many as the ticket has lines
     * @return the copy
     * @throws IllegalArgumentException when the number of attributions is not the number of lines
     */
    public RecordedTicket withAttributions(List<@Nullable Attribution> attributions) {
        if (attributions.size() != this.attributions.length) {
            throw new IllegalArgumentException("Ticket '" + ticket.ticketKey() + "' has " + this.attributions.length
                    + " lines, got " + attributions.size() + " attributions; give one per line (null for none).");
        }
        return new RecordedTicket(ticket, cellar, cellars, attributions.toArray(new Attribution[0]));
    }

    /**
     * The recorded revenue incl. VAT of a line: the POS's {@code TotalInc}, zero on an internal ticket (semantic 4).
     *
     * @param line the line's index
     * @return the gross
     */
    public BigDecimal gross(int line) {
        return ticket.internal() ? BigDecimal.ZERO : line(line).gross();
    }

    /**
     * The recorded revenue excl. VAT of a line: the POS's {@code TotalEx}, zero on an internal ticket (semantic 4).
     *
     * @param line the line's index
     * @return the net
     */
    public BigDecimal net(int line) {
        return ticket.internal() ? BigDecimal.ZERO : line(line).net();
    }

    /**
     * A line as a {@link RecordedSale}, made on each call.
     *
     * @param line the line's index
     * @return the sale
     */
    public RecordedSale sale(int line) {
        SaleLine sold = line(line);
        return new RecordedSale(lineId(line), reference(line), sold.posName(),
                Objects.requireNonNull(ticket.businessDate()), ticket.centre() == null ? "" : ticket.centre(),
                cellar(line), ticket.internal(), sold.quantity(), gross(line), net(line), sold.vatRate());
    }

    /** Equal when the ticket, every line's cellar and every attribution are equal. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RecordedTicket)) {
            return false;
        }
        RecordedTicket that = (RecordedTicket) other;
        if (!ticket.equals(that.ticket) || !Arrays.equals(attributions, that.attributions)) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (!cellar(i).equals(that.cellar(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return ticket.hashCode() * 31 + Arrays.hashCode(attributions);
    }

    @Override
    public String toString() {
        return "RecordedTicket[" + ticket.site() + "/" + ticket.ticketKey() + ", " + size() + " lines]";
    }
}
