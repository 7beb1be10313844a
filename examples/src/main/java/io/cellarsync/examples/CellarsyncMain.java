package io.cellarsync.examples;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Entry point of {@code cellarsync.jar}: builds the command line and exits with its code. */
public final class CellarsyncMain {

    private CellarsyncMain() {}

    /**
     * Runs the runner.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the runner with the given streams, without exiting: what tests call.
     *
     * @param args command-line arguments
     * @param out where results go
     * @param err where errors and usage go
     * @return the exit code: 0 success, 1 failure, 2 usage error
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CellarsyncCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new OneLineErrors(SecretArguments.of(args)));
        commandLine.setParameterExceptionHandler(new RedactedUsageErrors());
        // What a value should look like, in the operator's words rather than Java's exception text.
        commandLine.registerConverter(LocalDate.class, CellarsyncMain::date);
        commandLine.registerConverter(BigDecimal.class, CellarsyncMain::number);
        return commandLine.execute(args);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date of the calendar written"
                    + " YYYY-MM-DD, such as 2026-12-01");
        }
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a number; write digits with a dot"
                    + " for decimals, such as 12, -1 or 0.5");
        }
    }
}
