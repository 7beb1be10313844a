package io.cellarsync.sync.trivec;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SiteId;
import io.cellarsync.trivec.Product;
import io.cellarsync.trivec.ProductGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrivecCatalogueTest {

    private static final SiteId SITE = new SiteId("localhost:8089");
    private static final ProductGroup WINES = new ProductGroup("G1", "Wines", 2010, 3, 4, 5, Map.of());

    private static Product product(String key, long number, String name, String groupKey, String price, String vat) {
        return new Product(key, number, name, name, groupKey, new BigDecimal(price), new BigDecimal(vat),
                "SalesProduct", "", Map.of());
    }

    @Test
    void eachProduct_becomesAReference_withItsNameNumberGroupPriceAndVatRate() {
        List<CatalogueEntry> entries = TrivecCatalogue.toEntries(SITE,
                List.of(product("P1", 100001, "CH MARGAUX 2015 BTL", "G1", "120.00", "21.0000")), List.of(WINES));

        assertThat(entries).containsExactly(new CatalogueEntry(new PosReferenceId(SITE, "P1"),
                "CH MARGAUX 2015 BTL", "100001", "Wines", new BigDecimal("120.00"), new BigDecimal("21.0000")));
    }

    @Test
    void aProductWithoutNumberOrKnownGroup_hasNeither() {
        CatalogueEntry entry = TrivecCatalogue.toEntries(SITE,
                List.of(product("P1", 0, "CAFE", "G404", "3", "9")), List.of(WINES)).get(0);

        assertThat(entry.productNumber()).isNull();
        assertThat(entry.groupName()).isNull();
    }

    @Test
    void aProductWithoutAVatRate_givesAnEntryWithoutOne() {
        Product noVat = new Product("P1", 1, "CH MARGAUX 2015 BTL", "", "G1", new BigDecimal("120.00"), null,
                "SalesProduct", "", Map.of());

        assertThat(TrivecCatalogue.toEntries(SITE, List.of(noVat), List.of(WINES)).get(0).vatRate()).isNull();
    }

    @Test
    void aProductListedTwice_isKeptOnce_inItsLastVersion() {
        List<CatalogueEntry> entries = TrivecCatalogue.toEntries(SITE, List.of(
                product("P1", 1, "OLD NAME", "G1", "10", "21"),
                product("P2", 2, "OTHER", "G1", "5", "21"),
                product("P1", 1, "NEW NAME", "G1", "11", "21")), List.of(WINES));

        assertThat(entries).extracting(CatalogueEntry::name).containsExactly("NEW NAME", "OTHER");
    }

    @Test
    void aProductWithoutAKey_isLeftOut() {
        assertThat(TrivecCatalogue.toEntries(SITE, List.of(product("", 1, "GHOST", "G1", "1", "21")), List.of()))
                .isEmpty();
    }
}
