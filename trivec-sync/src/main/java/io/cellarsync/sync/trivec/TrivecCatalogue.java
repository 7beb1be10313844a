package io.cellarsync.sync.trivec;

import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SiteId;
import io.cellarsync.trivec.Product;
import io.cellarsync.trivec.ProductGroup;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maps the Trivec product list to the engine's {@link CatalogueEntry}s: one POS reference per product key of the
 * site (semantics 1), with the POS's name, product number, group name, price including VAT and VAT rate (rule R7),
 * exactly as sent. A product the gateway sent no VAT rate for gives an entry without one (unknown, not 0 %).
 */
public final class TrivecCatalogue {

    private TrivecCatalogue() {}

    /**
     * Maps a catalogue.
     *
     * @param site the site the catalogue was fetched from (see {@link TrivecSiteIds})
     * @param products the product list; a product key listed twice is kept once, in its last version
     * @param groups the product groups, to name each product's group; a product whose group is not listed gets no
     *     group name
     * @return one entry per product key, in order of first appearance
     */
    public static List<CatalogueEntry> toEntries(SiteId site, Collection<Product> products,
            Collection<ProductGroup> groups) {
        Objects.requireNonNull(site, "site");
        Map<String, String> groupNames = new HashMap<>();
        for (ProductGroup group : groups) {
            groupNames.put(group.key(), group.name());
        }
        Map<String, CatalogueEntry> byKey = new LinkedHashMap<>();
        for (Product product : products) {
            if (product.key() == null || product.key().isBlank()) {
                continue; // a product without a key cannot be sold, linked or found again
            }
            byKey.put(product.key(), toEntry(site, product, groupNames.get(product.groupKey())));
        }
        return List.copyOf(byKey.values());
    }

    private static CatalogueEntry toEntry(SiteId site, Product product, @Nullable String groupName) {
        @Nullable String number = product.number() == 0 ? null : Long.toString(product.number());
        String name = product.name() == null ? "" : product.name();
        return new CatalogueEntry(new PosReferenceId(site, product.key()), name, number,
                groupName == null || groupName.isBlank() ? null : groupName, product.price(), product.vatRate());
    }
}
