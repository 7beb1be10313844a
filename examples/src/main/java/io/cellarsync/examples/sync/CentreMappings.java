package io.cellarsync.examples.sync;

import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.SyncEvent;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What the state's history says about points of sale, gathered from the replayed events (the engine has no query
 * for them): the centres that recorded sales came from, the cellar each mapped centre depletes now, and every cellar
 * a mapping named. A centre without a mapping, or mapped back to {@link SyncEngine#DEFAULT_CELLAR}, depletes the main
 * cellar.
 */
final class CentreMappings implements Consumer<SyncEvent> {

    private final Map<SiteId, SortedSet<String>> sold = new HashMap<>();
    private final Map<SiteId, SortedMap<String, String>> cellars = new HashMap<>();
    private final SortedSet<String> mappedCellars = new TreeSet<>();

    @Override
    public void accept(SyncEvent event) {
        if (event instanceof SyncEvent.SalesImported imported) {
            for (SaleTicket ticket : imported.tickets()) {
                if (ticket.centre() != null && !ticket.centre().isBlank()) {
                    sold.computeIfAbsent(ticket.site(), site -> new TreeSet<>()).add(ticket.centre());
                }
            }
        } else if (event instanceof SyncEvent.CentreMapped mapped) {
            cellars.computeIfAbsent(mapped.site(), site -> new TreeMap<>()).put(mapped.centre(), mapped.cellar());
            mappedCellars.add(mapped.cellar());
        }
    }

    /** @return whether a recorded sale of the site came from the centre, or the centre was ever mapped */
    boolean knows(SiteId site, String centre) {
        return sold.getOrDefault(site, new TreeSet<>()).contains(centre)
                || cellars.getOrDefault(site, new TreeMap<>()).containsKey(centre);
    }

    /** @return the centres of the site's recorded sales and its mapped centres, in order */
    Set<String> known(SiteId site) {
        SortedSet<String> known = new TreeSet<>(sold.getOrDefault(site, new TreeSet<>()));
        known.addAll(cellars.getOrDefault(site, new TreeMap<>()).keySet());
        return known;
    }

    /** @return the cellar the centre's sales deplete now */
    String cellarOf(SiteId site, String centre) {
        return cellars.getOrDefault(site, new TreeMap<>()).getOrDefault(centre, SyncEngine.DEFAULT_CELLAR);
    }

    /** @return every cellar a centre of any site was ever mapped to, in order, those it no longer depletes included */
    SortedSet<String> mappedCellars() {
        return Collections.unmodifiableSortedSet(mappedCellars);
    }

    /** @return the site's centres that deplete a cellar of their own, with it, by centre key */
    SortedMap<String, String> ownCellars(SiteId site) {
        SortedMap<String, String> own = new TreeMap<>(cellars.getOrDefault(site, new TreeMap<>()));
        own.values().removeIf(SyncEngine.DEFAULT_CELLAR::equals);
        return own;
    }

    /** @return the site's centres with their cellar, as {@code 7700000000001 (cellar bar), 7700000000002 (cellar main)} */
    String describe(SiteId site) {
        SortedMap<String, String> cellarByCentre = new TreeMap<>();
        for (String centre : known(site)) {
            cellarByCentre.put(centre, cellarOf(site, centre));
        }
        return describe(cellarByCentre);
    }

    /** @return the centres with their cellar, as {@code 7700000000001 (cellar bar), 7700000000002 (cellar main)} */
    static String describe(SortedMap<String, String> cellarByCentre) {
        StringBuilder text = new StringBuilder();
        cellarByCentre.forEach((centre, cellar) -> text.append(text.length() == 0 ? "" : ", ").append(centre)
                .append(" (cellar ").append(cellar).append(')'));
        return text.toString();
    }
}
