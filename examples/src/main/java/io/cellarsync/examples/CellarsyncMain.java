package io.cellarsync.examples;

import java.io.PrintWriter;
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
        return commandLine.execute(args);
    }
}
