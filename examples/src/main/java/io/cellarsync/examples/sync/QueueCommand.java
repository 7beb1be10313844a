package io.cellarsync.examples.sync;

import io.cellarsync.examples.VerboseOption;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync queue}: the drinks to synchronise (R5): every reference neither linked nor ignored, sold ones
 * first, then by revenue.
 */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = "List the POS references to synchronise: not linked, not ignored; sold first, then by revenue.")
public final class QueueCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public void run() {
        List<QueueRow> rows = CellarState.read(state.directory()).queue().stream().map(QueueRow::of).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, rows);
            return;
        }
        out.println(rows.size() + " drink(s) to synchronise" + (rows.isEmpty() ? "." : ":"));
        for (QueueRow row : rows) {
            out.printf("  %s %-28s %-16s %s%n", row.sold() ? "[sold]" : "      ", row.posName(), row.posProductKey(),
                    row.sold() ? Bottles.text(row.quantity()) + " sold, " + row.revenue().toPlainString()
                            + " revenue" : "catalogue only");
        }
        out.flush();
    }
}
