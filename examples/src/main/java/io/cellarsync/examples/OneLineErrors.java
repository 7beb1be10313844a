package io.cellarsync.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on stderr and exit code 1, with a control character left in it shown as
 * {@code \\uXXXX}; the stack trace only with {@code --verbose}.
 */
final class OneLineErrors implements IExecutionExceptionHandler {

    private final SecretArguments secrets;

    /** @param secrets what of the command line must never be printed, not even in a stack trace */
    OneLineErrors(SecretArguments secrets) {
        this.secrets = secrets;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        boolean verbose = Arrays.asList(parseResult.originalArgs().toArray(new String[0])).contains("--verbose");
        commandLine.getErr().println(secrets.redact("cellarsync: " + oneLine(failure)));
        if (verbose) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            commandLine.getErr().print(secrets.redact(trace.toString()));
        }
        commandLine.getErr().flush();
        return 1;
    }

    static String oneLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            message = failure.getClass().getSimpleName();
        }
        // A message built from outside text should be printable already; one that is not (a path or a value in a
        // JDK's or a library's message) must not drive the terminal: line breaks fold, other controls show.
        return OneLineText.printable(message.replaceAll("\\s*\\R\\s*", " ").strip());
    }
}
