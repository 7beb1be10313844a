package io.cellarsync.examples.sync;

import io.cellarsync.examples.VerboseOption;
import io.cellarsync.examples.library.ReadProblem;
import io.cellarsync.sync.PrepareResetReport;
import io.cellarsync.sync.ResetReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync reset-report --out FILE}: the POS reset report (R15), a semicolon-separated UTF-8 CSV
 * {@code ProductNr;Name;ShortName;GroupName;Price;VatRate} of the library's wines for the POS vendor to import.
 * Product numbers are assigned once and kept in the state, so running it again gives every wine the same number;
 * products that come back from the POS with an exported number and name are linked automatically on import.
 */
@Command(name = "reset-report", mixinStandardHelpOptions = true,
        description = "Write the POS reset report: a CSV of the library's wines for the POS vendor to import.")
public final class ResetReportCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the CSV.")
    Path file;

    @Override
    public void run() {
        ResetReport report;
        Path absolute = file.toAbsolutePath();
        // The file is made before the product numbers are recorded: a report that cannot be written (a missing or
        // read-only directory, a directory given as FILE) leaves the state as it was.
        Path temporary = temporaryBeside(absolute);
        try {
            try (CellarState cellar = CellarState.openForWriting(state.directory(), Clock.systemUTC())) {
                cellar.record(PrepareResetReport.allWines()); // assigns product numbers, kept in the state
                report = cellar.engine().resetReport();
            }
            // Written beside the target and moved over it, so a reader never sees half a report.
            Files.writeString(temporary, report.toCsv(), StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reset report " + file + ": " + ReadProblem.reason(e), e);
        } finally {
            deleteQuietly(temporary);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + report.rows().size() + " wine(s) to " + file + ".");
        out.flush();
    }

    private Path temporaryBeside(Path absolute) {
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("cannot write the reset report " + file
                    + ": it is a directory; give --out a file name");
        }
        Path directory = absolute.getParent();
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("cannot write the reset report " + file
                    + ": the directory " + directory + " does not exist");
        }
        try {
            return Files.createTempFile(directory, ".reset-report", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reset report " + file + ": " + ReadProblem.reason(e), e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // a hidden, empty or partial file beside the report; nothing else to do
        }
    }
}
