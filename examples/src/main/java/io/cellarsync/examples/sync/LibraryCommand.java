package io.cellarsync.examples.sync;

import io.cellarsync.examples.VerboseOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cellarsync library}: the cellar app's library of wines; the work is done by {@code library import}. */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = "Manage the library of wines kept in the state directory.",
        subcommands = LibraryImportCommand.class)
public final class LibraryCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing a subcommand: choose one of " + spec.subcommands().keySet());
    }
}
