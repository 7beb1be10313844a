package io.cellarsync.examples;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code cellarsync} command; the work is done by its subcommands. */
@Command(
        name = "cellarsync",
        mixinStandardHelpOptions = true,
        versionProvider = RunnerVersion.class,
        description = "Lets a wine-cellar application listen to a restaurant's Trivec till.",
        subcommands = {DemoCommand.class,
            io.cellarsync.examples.sync.LibraryCommand.class, io.cellarsync.examples.sync.ImportCommand.class,
            io.cellarsync.examples.sync.QueueCommand.class, io.cellarsync.examples.sync.LinkCommand.class,
            io.cellarsync.examples.sync.UnlinkCommand.class, io.cellarsync.examples.sync.IgnoreCommand.class,
            io.cellarsync.examples.sync.UnignoreCommand.class, io.cellarsync.examples.sync.LinksCommand.class,
            io.cellarsync.examples.sync.StockCommand.class, io.cellarsync.examples.sync.HistoryCommand.class,
            io.cellarsync.examples.sync.ResetReportCommand.class, io.cellarsync.examples.sync.AdjustCommand.class,
            io.cellarsync.examples.sync.MapCentreCommand.class, io.cellarsync.examples.sync.UnmapCentreCommand.class,
            io.cellarsync.examples.sync.CentresCommand.class,
            io.cellarsync.examples.matching.MatchCommand.class,
            io.cellarsync.examples.trivec.TicketsCommand.class, io.cellarsync.examples.trivec.ProductsCommand.class})
public final class CellarsyncCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a subcommand: choose one of " + spec.subcommands().keySet());
    }
}
