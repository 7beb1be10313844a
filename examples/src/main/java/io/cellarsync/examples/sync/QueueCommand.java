package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.examples.matching.CellarMatcher;
import io.cellarsync.examples.matching.SuggestionText;
import io.cellarsync.examples.matching.UnsaidFormatOption;
import io.cellarsync.matching.Proposal;
import io.cellarsync.sync.QueueEntry;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.SyncEvent;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync queue}: the drinks to synchronise (R5): every reference neither linked nor ignored, sold ones
 * first, then by revenue, each with the matcher's suggestion (R9), taught by the links made and broken before.
 */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"List the POS references to synchronise: not linked, not ignored; sold first, then by revenue.",
            "Each has the matcher's suggestion: yes (a wine), almost (a wine, another vintage) or no."})
public final class QueueCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;
    @Mixin UnsaidFormatOption unsaidFormat;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public void run() {
        List<SyncEvent> lessons = new ArrayList<>();
        SyncEngine engine = CellarState.read(state.directory(), event -> {
            if (CellarMatcher.teaches(event)) {
                lessons.add(event);
            }
        });
        CellarMatcher matcher = CellarMatcher.of(engine, lessons, unsaidFormat.standardBottle());
        List<QueueRow> rows = new ArrayList<>();
        List<String> suggestions = new ArrayList<>();
        for (QueueEntry entry : engine.queue()) {
            Proposal suggestion = matcher.suggest(entry.posName());
            rows.add(QueueRow.of(entry, suggestion));
            suggestions.add(SuggestionText.of(suggestion, engine));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, rows);
            return;
        }
        out.println(rows.size() + " drink(s) to synchronise" + (rows.isEmpty() ? "." : ":"));
        for (int i = 0; i < rows.size(); i++) {
            QueueRow row = rows.get(i);
            out.println(OneLineText.printable(String.format("  %s %-28s %-16s %s; suggestion: %s",
                    row.sold() ? "[sold]" : "      ", row.posName(), row.posProductKey(), row.sold()
                            ? Bottles.text(row.quantity()) + " sold, " + Money.text(row.revenue()) + " revenue"
                            : "catalogue only", suggestions.get(i))));
        }
        out.flush();
    }
}
