package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.sync.SyncEngine;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cellarsync history --wine ID}: a wine's audit trail, every stock movement with its cause. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List a wine's stock movements, each with its cause (sale line and link, back-fill, reversal,"
                + " manual adjustment).")
public final class HistoryCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;
    @Mixin WineOption wine;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public void run() {
        SyncEngine engine = CellarState.read(state.directory());
        String wineId = wine.knownIn(engine);
        List<HistoryRow> rows = engine.historyOf(wineId).stream().map(HistoryRow::of).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, rows);
            return;
        }
        out.println(OneLineText.printable(rows.size() + " stock movement(s) of wine " + wineId + ":"));
        for (HistoryRow row : rows) {
            out.println(OneLineText.printable(String.format("  %s %-10s %10s  %s", row.at(), row.cause(),
                    Bottles.text(row.bottles()),
                    row.saleLine() == null ? (row.reason() == null ? "" : row.reason())
                            : row.saleLine() + " (" + row.businessDate() + ", link " + row.link() + ", "
                                    + Bottles.text(row.quantity()) + " x " + Bottles.text(row.perSale()) + ")")));
        }
        out.flush();
    }
}
