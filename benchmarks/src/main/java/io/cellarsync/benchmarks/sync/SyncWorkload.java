package io.cellarsync.benchmarks.sync;

import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.SyncOutcome;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic, seeded workload: a library of wines, each with a bottle reference and a glass reference (1/6) linked to
 * it, plus as many unlinked references (food, coffee), and tickets of four lines over them.
 */
final class SyncWorkload {

    static final SiteId SITE = new SiteId("BENCHSITE");
    static final Instant AT = Instant.parse("2026-03-02T07:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    static final int LINES_PER_TICKET = 4;
    private static final BigDecimal[] PRICES = {new BigDecimal("7.50"), new BigDecimal("9.00"), new BigDecimal("48.00")};
    private static final BigDecimal VAT = new BigDecimal("21");
    private static final BigDecimal VAT_FACTOR = new BigDecimal("1.21");

    private SyncWorkload() {}

    /** An engine holding {@code wines} wines, each linked from a bottle and a glass reference. */
    static SyncEngine linkedLibrary(int wines) {
        SyncEngine engine = SyncEngine.create(Clock.fixed(AT, ZoneOffset.UTC));
        List<LibraryWine> library = new ArrayList<>(wines);
        List<CatalogueEntry> catalogue = new ArrayList<>(wines * 3);
        for (int w = 0; w < wines; w++) {
            library.add(LibraryWine.of(wineId(w), "Wine " + w, 2015 + w % 10, BigDecimal.valueOf(24)));
            catalogue.add(new CatalogueEntry(bottle(w), "Wine " + w + " bottle", null, "Wines", PRICES[2], VAT));
            catalogue.add(new CatalogueEntry(glass(w), "Wine " + w + " glass", null, "Wines", PRICES[1], VAT));
            catalogue.add(new CatalogueEntry(other(w), "Dish " + w, null, "Food", PRICES[0], VAT));
        }
        require(engine.apply(new AddWines(library), AT));
        require(engine.apply(new ImportCatalogue(SITE, catalogue), AT));
        for (int w = 0; w < wines; w++) {
            require(engine.apply(LinkReference.yes(bottle(w), wineId(w)), AT));
            require(engine.apply(LinkReference.yes(glass(w), wineId(w)).withPerSale(BottlesPerUnit.glass(125, 750)), AT));
        }
        return engine;
    }

    /**
     * Tickets of {@link #LINES_PER_TICKET} lines over the references of {@code wines} wines: a third bottles, a third
     * glasses, a third unlinked; one line in 20 is a void (negative).
     */
    static ImportSales day(int lines, int wines, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SaleTicket> tickets = new ArrayList<>(lines / LINES_PER_TICKET + 1);
        List<SaleLine> current = new ArrayList<>(LINES_PER_TICKET);
        int ticketNumber = 0;
        for (int i = 0; i < lines; i++) {
            int wine = random.nextInt(wines);
            int kind = random.nextInt(3);
            PosReferenceId reference = kind == 0 ? bottle(wine) : kind == 1 ? glass(wine) : other(wine);
            current.add(line("O" + ticketNumber, current.size(), reference.productKey(), kind, random.nextInt(20) == 0));
            if (current.size() == LINES_PER_TICKET || i == lines - 1) {
                tickets.add(SaleTicket.billed(SITE, "T" + ticketNumber++, DAY, current));
                current = new ArrayList<>(LINES_PER_TICKET);
            }
        }
        return ImportSales.of(tickets);
    }

    /**
     * One night of {@code tickets} tickets of {@link #LINES_PER_TICKET} lines, as {@link #day}, with ticket keys and a
     * business day of their own: night {@code n} is {@link #DAY} plus {@code n} days.
     */
    static ImportSales night(int night, int tickets, int wines, long seed) {
        SplittableRandom random = new SplittableRandom(seed + night);
        List<SaleTicket> list = new ArrayList<>(tickets);
        for (int t = 0; t < tickets; t++) {
            List<SaleLine> lines = new ArrayList<>(LINES_PER_TICKET);
            for (int position = 0; position < LINES_PER_TICKET; position++) {
                int wine = random.nextInt(wines);
                int kind = random.nextInt(3);
                PosReferenceId reference = kind == 0 ? bottle(wine) : kind == 1 ? glass(wine) : other(wine);
                lines.add(line("O" + t, position, reference.productKey(), kind, random.nextInt(20) == 0));
            }
            list.add(SaleTicket.billed(SITE, "N" + night + "T" + t, DAY.plusDays(night), lines));
        }
        return ImportSales.of(list);
    }

    /** {@code lines} lines of one reference, in tickets of their own. */
    static ImportSales salesOf(PosReferenceId reference, int lines, String ticketPrefix) {
        List<SaleTicket> tickets = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            tickets.add(SaleTicket.billed(SITE, ticketPrefix + i, DAY,
                    List.of(line("O" + ticketPrefix + i, 0, reference.productKey(), 0, false))));
        }
        return ImportSales.of(tickets);
    }

    private static SaleLine line(String order, int position, String productKey, int kind, boolean negative) {
        BigDecimal quantity = negative ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        BigDecimal gross = PRICES[kind].multiply(quantity);
        return SaleLine.main(order, position, productKey, productKey, quantity, gross,
                gross.divide(VAT_FACTOR, MathContext.DECIMAL64), VAT);
    }

    static String wineId(int w) {
        return "w" + w;
    }

    static PosReferenceId bottle(int w) {
        return new PosReferenceId(SITE, "B" + w);
    }

    static PosReferenceId glass(int w) {
        return new PosReferenceId(SITE, "G" + w);
    }

    static PosReferenceId other(int w) {
        return new PosReferenceId(SITE, "F" + w);
    }

    static SyncOutcome.Applied require(SyncOutcome outcome) {
        if (!(outcome instanceof SyncOutcome.Applied)) {
            throw new IllegalStateException("benchmark set-up rejected: " + outcome);
        }
        return (SyncOutcome.Applied) outcome;
    }

    /** CPU milliseconds the current thread spends on {@code work}, after a garbage collection. */
    static double cpuMillisAfterGc(Runnable work) {
        System.gc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        work.run();
        return (threads.getCurrentThreadCpuTime() - start) / 1e6;
    }
}
