package io.cellarsync.sync.internal;

import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncEvent.ProductNumberAssigned;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The state the engine keeps outside its three ports: wines, references, sites, centre mappings, product numbers and
 * the link counter. Changed only by {@link EventFold}.
 */
public final class Registry {

    /** The first product number given to a wine for the reset report. */
    public static final long FIRST_PRODUCT_NUMBER = 900_001L;

    /** The cellar of centres without a mapping. */
    public static final String DEFAULT_CELLAR = "main";

    final Map<String, LibraryWine> wines = new LinkedHashMap<>();
    /** Every reference seen, in the order first seen; add through {@link #add(ReferenceState)}. */
    final Map<PosReferenceId, ReferenceState> references = new LinkedHashMap<>();
    /**
     * The same references by site then product key, so that an import finds a line's reference from its product key
     * without building a reference id.
     */
    private final Map<SiteId, ProductKeyTable> byProductKey = new HashMap<>();
    private @Nullable SiteId lastSite;
    private @Nullable ProductKeyTable lastSiteReferences;
    final Set<SiteId> sites = new LinkedHashSet<>();
    final Map<SiteId, Map<String, String>> cellarByCentre = new HashMap<>();
    final Map<String, ProductNumberAssigned> productNumbers = new LinkedHashMap<>();
    final Map<Long, String> wineByProductNumber = new HashMap<>();
    /**
     * For each wine with a product number, every name a reset report may have shown for it: the one at assignment,
     * then the one after each change of vintage (the report shows the wine's current name), so that a product created
     * from any of those reports is recognised when it comes back (semantic 16).
     */
    final Map<String, Set<String>> reportedNames = new HashMap<>();
    long nextProductNumber = FIRST_PRODUCT_NUMBER;
    long nextLinkNumber = 1;

    /** An empty registry. */
    public Registry() {}

    @Nullable LibraryWine wine(String id) {
        return wines.get(id);
    }

    @Nullable ReferenceState reference(PosReferenceId id) {
        return references.get(id);
    }

    /**
     * The instance of a reference id the registry holds, if any, so that every map of the state shares one instance
     * and compares ids by identity first.
     */
    PosReferenceId canonical(PosReferenceId id) {
        ReferenceState state = references.get(id);
        return state == null ? id : state.id();
    }

    /**
     * The state of a reference given by site and product key.
     *
     * @return the state, or {@code null} if the reference was never seen
     */
    @Nullable ReferenceState found(SiteId site, String productKey) {
        ProductKeyTable ofSite = lastSiteReferences;
        if (ofSite == null || site != lastSite) {
            ofSite = byProductKey.get(site);
            if (ofSite == null) {
                return null;
            }
            lastSite = site;
            lastSiteReferences = ofSite;
        }
        return ofSite.get(productKey);
    }

    /** Adds a reference never seen before. */
    void add(ReferenceState state) {
        references.put(state.id(), state);
        byProductKey.computeIfAbsent(state.id().site(), s -> new ProductKeyTable()).add(state.id().productKey(), state);
    }

    String cellarFor(SiteId site, @Nullable String centre) {
        if (centre == null) {
            return DEFAULT_CELLAR;
        }
        Map<String, String> centres = cellarByCentre.get(site);
        String cellar = centres == null ? null : centres.get(centre);
        return cellar == null ? DEFAULT_CELLAR : cellar;
    }

    /** Notes a name a reset report may show for a wine that has a product number. */
    void reported(String wineId, String name) {
        if (productNumbers.containsKey(wineId)) {
            reportedNames.computeIfAbsent(wineId, id -> new LinkedHashSet<>()).add(name);
        }
    }

    /** The name a reset report shows for a wine: its name and vintage, as they are now. */
    static String exportedName(LibraryWine wine) {
        return wine.vintage() == null ? wine.name() : wine.name() + " " + wine.vintage();
    }
}
