package io.cellarsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builders shared by the engine's tests: a fixed clock, one known site, wines, catalogue entries and tickets. */
final class Fixtures {

    static final SiteId SITE = new SiteId("SITE1");
    static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");
    static final LocalDate DAY1 = LocalDate.of(2026, 3, 1);
    static final LocalDate DAY2 = LocalDate.of(2026, 3, 2);
    static final LocalDate DAY3 = LocalDate.of(2026, 3, 3);

    private Fixtures() {}

    static Clock clock() {
        return Clock.fixed(T0, ZoneOffset.UTC);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    static PosReferenceId ref(String productKey) {
        return new PosReferenceId(SITE, productKey);
    }

    /** An engine that knows {@link #SITE} and holds wines w1 (12 bottles) and w2 (6 bottles). */
    static SyncEngine engineWithSiteAndWines() {
        SyncEngine engine = SyncEngine.create(clock());
        applied(engine, new ImportCatalogue(SITE, List.of()));
        applied(engine, new AddWines(List.of(
                LibraryWine.of("w1", "Chablis Premier Cru", 2021, bd("12")),
                LibraryWine.of("w2", "Barolo", 2018, bd("6")))));
        return engine;
    }

    static SyncOutcome.Applied applied(SyncEngine engine, SyncCommand command) {
        SyncOutcome outcome = engine.apply(command);
        assertThat(outcome).as("outcome of %s", command).isInstanceOf(SyncOutcome.Applied.class);
        return (SyncOutcome.Applied) outcome;
    }

    static Rejection rejected(SyncEngine engine, SyncCommand command) {
        SyncOutcome outcome = engine.apply(command);
        assertThat(outcome).as("outcome of %s", command).isInstanceOf(SyncOutcome.Rejected.class);
        return ((SyncOutcome.Rejected) outcome).rejection();
    }

    static CatalogueEntry entry(String productKey, String name, String price, String vat) {
        return new CatalogueEntry(ref(productKey), name, null, "Wines", bd(price), bd(vat));
    }

    /** A line with a unit price of 10 incl. 21 % VAT per unit. */
    static SaleLine line(String order, int position, String productKey, String quantity) {
        BigDecimal qty = bd(quantity);
        BigDecimal gross = qty.multiply(bd("10"));
        return SaleLine.main(order, position, productKey, "POS " + productKey, qty, gross,
                gross.divide(bd("1.21"), java.math.MathContext.DECIMAL64), bd("21"));
    }

    static SaleLine addOn(String order, int position, int addOnPosition, String productKey, String quantity) {
        SaleLine main = line(order, position, productKey, quantity);
        return new SaleLine(order, position, addOnPosition, productKey, main.posName(), main.quantity(), main.gross(),
                main.net(), main.vatRate());
    }

    static SaleTicket billed(String ticketKey, LocalDate day, SaleLine... lines) {
        return SaleTicket.billed(SITE, ticketKey, day, List.of(lines));
    }

    static ImportSales sales(SaleTicket... tickets) {
        return ImportSales.of(List.of(tickets));
    }

    static BigDecimal stock(SyncEngine engine, String wineId) {
        return engine.stockOf(wineId).orElseThrow().balance().stock();
    }

    static BigDecimal depleted(SyncEngine engine, String wineId) {
        return engine.stockOf(wineId).orElseThrow().balance().depleted();
    }

    static BigDecimal gross(SyncEngine engine, String wineId) {
        return engine.stockOf(wineId).orElseThrow().balance().gross();
    }

    static List<SyncEvent> allEvents(List<SyncOutcome> outcomes) {
        List<SyncEvent> events = new ArrayList<>();
        for (SyncOutcome outcome : outcomes) {
            if (outcome instanceof SyncOutcome.Applied) {
                events.addAll(((SyncOutcome.Applied) outcome).events());
            }
        }
        return events;
    }
}
