package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.WineStock;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The cellars a state knows: the main cellar ({@link SyncEngine#DEFAULT_CELLAR}), every cellar some wine's stock is
 * in ({@code StockBalance.stockByCellar}: an {@code adjust --cellar}, a mapped centre's sales) and every cellar a
 * centre was ever mapped to. The engine has no query that lists cellars, and a cellar is only a name on a stock
 * movement or a mapping, so any other name would start a new, empty cellar: {@code map-centre} and
 * {@code adjust --cellar} ask for {@code --new-cellar} before they send a centre's sales or move stock there, so that
 * a mistyped name does not start a cellar unseen (whose stock a centre's sales take negative, or which holds a
 * delivery that the cellar meant never sees).
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

    /**
     * Refuses a cellar the state does not know, before anything is recorded.
     *
     * @param cellar the {@code --cellar} given
     * @param engine the state
     * @param centres the centre mappings replayed with it
     * @param newCellarDoes what {@code --new-cellar} would do, as {@code send the centre's sales to a new cellar}
     * @throws IllegalArgumentException naming the value (quoted) and the known cellars, and the known cellar it
     *     differs from only by case or spaces around it if any, with control characters (a state written before
     *     cellar names were checked may hold one) shown as {@code \\uXXXX}
     */
    static void require(String cellar, SyncEngine engine, CentreMappings centres, String newCellarDoes) {
        SortedSet<String> known = of(engine, centres);
        // A blank name is no cellar at all: the engine refuses it with its own message, which says what to give.
        if (!cellar.isBlank() && !known.contains(cellar)) {
            // Quoted, so that a space around the name shows; a known cellar it differs from only by case or such
            // spaces is named, since --new-cellar would start a second cellar that the tables show alike.
            String near = known.stream().filter(name -> name.equalsIgnoreCase(cellar.strip())).findFirst()
                    .orElse(null);
            throw new IllegalArgumentException(OneLineText.printable("--cellar '" + cellar + "': the state knows no"
                    + " such cellar (no stock is in it, no centre was mapped to it, and it is not the main cellar);"
                    + " its cellars are " + String.join(", ", known) + ";"
                    + (near == null ? "" : " did you mean '" + near + "'?") + " give --new-cellar to " + newCellarDoes
                    + "; nothing was changed"));
        }
    }
}
