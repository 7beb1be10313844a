package io.cellarsync.examples.sync;

import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small, hand-built engine inputs for the runner's tests. */
final class Cellars {

    static final SiteId SITE = new SiteId("localhost:8089");
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private Cellars() {}

    static LibraryWine wine(String id, String name, Integer vintage, String stock) {
        return new LibraryWine(id, name, "Producer " + id, null, "Bordeaux", "France", "red", vintage, 750,
                new BigDecimal(stock), List.of("Merlot"));
    }

    static CatalogueEntry product(String key, String name, String price) {
        return new CatalogueEntry(new PosReferenceId(SITE, key), name, "10" + key.replaceAll("\\D", ""), "Wines",
                new BigDecimal(price), new BigDecimal("21.0000"));
    }

    static SaleLine line(String order, int position, String productKey, String name, String qty, String gross,
            String net) {
        return SaleLine.main(order, position, productKey, name, new BigDecimal(qty), new BigDecimal(gross),
                new BigDecimal(net), new BigDecimal("21.0000"));
    }

    static SaleTicket ticket(String key, LocalDate day, SaleLine... lines) {
        return new SaleTicket(SITE, key, day, false, false, false, "C1", List.of(lines));
    }
}
