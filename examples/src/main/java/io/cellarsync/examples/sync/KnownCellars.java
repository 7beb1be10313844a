package io.cellarsync.examples.sync;

import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.WineStock;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The cellars a state knows: the main cellar ({@link SyncEngine#DEFAULT_CELLAR}), every cellar some wine's stock is
 * in ({@code StockBalance.stockByCellar}: an {@code adjust --cellar}, a mapped centre's sales) and every cellar a
 * centre was ever mapped to. The engine has no query that lists cellars, and a cellar is only a name on a stock
 * movement or a mapping, so any other name would start a new, empty cellar: {@code map-centre} asks for
 * {@code --new-cellar} before it sends a centre's sales there, so that a mistyped name does not go negative unseen.
 */
final class KnownCellars {

    private KnownCellars() {}

    /**
     * @param engine the state
     * @param centres the centre mappings replayed with it
     * @return the cellars the state knows, in alphabetical order
     */
    static SortedSet<String> of(SyncEngine engine, CentreMappings centres) {
        SortedSet<String> known = new TreeSet<>(centres.mappedCellars());
        known.add(SyncEngine.DEFAULT_CELLAR);
        for (WineStock wine : engine.stock()) {
            known.addAll(wine.balance().stockByCellar().keySet());
        }
        return known;
    }
}
