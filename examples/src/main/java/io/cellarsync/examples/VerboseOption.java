package io.cellarsync.examples;

import picocli.CommandLine.Option;

/** The {@code --verbose} switch shared by every subcommand: show stack traces of failures. */
public final class VerboseOption {

    @Option(names = "--verbose", description = "On failure, print the full stack trace.")
    boolean verbose;

    /** @return whether stack traces were asked for */
    public boolean verbose() {
        return verbose;
    }
}
