package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.WineStock;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync stock}: every wine's stock, per cellar when points of sale have cellars of their own (R1),
 * depletion, POS revenue (R6) and sale price (R7).
 */
@Command(name = "stock", mixinStandardHelpOptions = true,
        description = "List every wine with its stock (bottles; per cellar when some is in another cellar than"
                + " main), depletion, POS revenue, sale price and links.")
public final class StockCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public void run() {
        List<StockRow> rows = CellarState.read(state.directory()).stock().stream().map(StockRow::of).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, rows);
            return;
        }
        out.println(rows.size() + " wine(s):");
        for (StockRow row : rows) {
            out.println(OneLineText.printable(String.format(
                    "  %-10s %-40s stock %s%s, depleted %s, gross %s, net %s%s%s", row.wineId(),
                    row.name() + (row.vintage() == null ? "" : " " + row.vintage()), Bottles.text(row.stock()),
                    cellarsText(row.cellars()), Bottles.text(row.depleted()), Money.text(row.gross()),
                    Money.text(row.net()), row.salePrice() == null ? "" : ", price " + Money.text(row.salePrice()),
                    row.links() == 0 ? "" : ", " + row.links() + " link(s)")));
        }
        out.flush();
    }

    /**
     * The stock per cellar, as {@code " (bar -2, main 11)"}, when some of it is in another cellar than the default
     * one (a centre mapped by {@code map-centre}, an {@code adjust --cellar}); nothing otherwise.
     */
    static String cellarsText(Map<String, BigDecimal> cellars) {
        if (cellars.keySet().stream().allMatch(SyncEngine.DEFAULT_CELLAR::equals)) {
            return "";
        }
        StringJoiner joined = new StringJoiner(", ", " (", ")");
        cellars.forEach((cellar, bottles) -> joined.add(cellar + " " + Bottles.text(bottles)));
        return joined.toString();
    }

    /**
     * One line of {@code stock --json}.
     *
     * @param wineId the wine's id
     * @param name its name
     * @param vintage its vintage, or null
     * @param stock bottles in stock (may be negative: reported, not refused)
     * @param cellars bottles in stock per cellar, by cellar name in alphabetical order ({@code main} for unmapped
     *     centres and the initial stock); they add up to {@code stock}
     * @param depleted bottles depleted by sales
     * @param gross POS revenue incl. VAT of its linked sales
     * @param net POS revenue excl. VAT
     * @param salePrice the POS price of its bottle link, or null
     * @param vatRate the POS VAT rate of that link, or null
     * @param links how many POS references are linked to it
     */
    record StockRow(String wineId, String name, @Nullable Integer vintage, BigDecimal stock,
            Map<String, BigDecimal> cellars, BigDecimal depleted, BigDecimal gross, BigDecimal net,
            @Nullable BigDecimal salePrice, @Nullable BigDecimal vatRate, int links) {

        static StockRow of(WineStock wine) {
            return new StockRow(wine.wine().id(), wine.wine().name(), wine.wine().vintage(), wine.balance().stock(),
                    Collections.unmodifiableSortedMap(new TreeMap<>(wine.balance().stockByCellar())),
                    wine.balance().depleted(), wine.balance().gross(), wine.balance().net(),
                    wine.salePrice().orElse(null), wine.vatRate().orElse(null), wine.links());
        }
    }
}
