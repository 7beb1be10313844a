package io.cellarsync.examples.sync;

import io.cellarsync.examples.VerboseOption;
import io.cellarsync.examples.library.LibraryCsvReader;
import io.cellarsync.examples.library.LibraryRow;
import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.LibraryWine;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync library import --csv FILE}: adds the wines of a library CSV file to the state, all or none.
 * Wines already in the state exactly as in the file are skipped, so importing the same file again changes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add the wines of a library CSV file to the state, all or none.",
            "Columns by header: id,name required; producer,appellation,region,country,colour,vintage,volume_ml,"
                    + "stock,grapes optional (a row without colour takes it from a Systembolaget 'style' naming one);"
                    + " others ignored. A bad row is reported with its line number and"
                    + " nothing is imported."})
public final class LibraryImportCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;

    @Option(names = "--csv", paramLabel = "FILE", required = true, description = "The library CSV file (UTF-8).")
    Path csv;

    @Override
    public void run() {
        List<LibraryWine> wines = LibraryCsvReader.read(csv).stream().map(LibraryImportCommand::wine).toList();
        PrintWriter out = spec.commandLine().getOut();
        try (CellarState cellar = CellarState.openForWriting(state.directory(), Clock.systemUTC())) {
            List<LibraryWine> added = new ArrayList<>();
            for (LibraryWine wine : wines) {
                Optional<LibraryWine> known = cellar.engine().wine(wine.id());
                if (known.isEmpty() || !known.get().equals(wine)) {
                    added.add(wine); // a changed wine is left to the engine, which names the duplicate id
                }
            }
            if (!added.isEmpty()) {
                cellar.record(new AddWines(added));
            }
            out.println("Imported " + added.size() + " wine(s) from " + csv + " into " + state.directory()
                    + (added.size() < wines.size() ? "; " + (wines.size() - added.size())
                            + " already in the state unchanged" : "") + ".");
        }
        out.flush();
    }

    /**
     * The engine's wine for a row of a library CSV file: blank text is absent, a missing stock is 0 bottles.
     *
     * @param row the row, as the CSV reader gives it
     * @return the library wine
     */
    public static LibraryWine wine(LibraryRow row) {
        return new LibraryWine(row.id(), row.name(), text(row.producer()), text(row.appellation()),
                text(row.region()), text(row.country()), text(row.colour()),
                row.vintage().isPresent() ? row.vintage().getAsInt() : null,
                row.volumeMl().isPresent() ? row.volumeMl().getAsInt() : null,
                row.stock().orElse(BigDecimal.ZERO), row.grapes());
    }

    private static @Nullable String text(String value) {
        return value.isBlank() ? null : value;
    }
}
