package io.cellarsync.examples;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's usage-error handling (message, suggestions or usage, exit 2), with the gateway key masked: a key given
 * to a command that takes no {@code --app-id} would otherwise be echoed as an unknown argument. The message is shown
 * with control characters as {@code \\uXXXX} ({@link OneLineText#printable}).
 */
final class RedactedUsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        PrintWriter err = commandLine.getErr();
        // picocli's messages echo the arguments as typed: a tab or a terminal's escape is shown, not obeyed.
        err.println(OneLineText.printable(SecretArguments.of(args).redact(String.valueOf(failure.getMessage()))));
        if (!UnmatchedArgumentException.printSuggestions(failure, err)) {
            commandLine.usage(err);
        }
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }
}
