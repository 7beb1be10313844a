package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SyncOutcome;
import io.cellarsync.sync.UnlinkReference;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync unlink}: breaks a reference's link (R12). By default its sales disappear from the wine and
 * their stock effect is reversed; with {@code --keep-past-sales} past sales stay and only future depletion stops.
 * Other references of the same wine keep their sales (R13).
 */
@Command(name = "unlink", mixinStandardHelpOptions = true,
        description = "Unlink a POS reference; by default its sales leave the wine and their stock comes back.")
public final class UnlinkCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;
    @Mixin ReferenceOptions reference;

    @Option(names = "--keep-past-sales",
            description = "Keep the sales already counted on the wine; only stop future depletion.")
    boolean keepPastSales;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (CellarState cellar = CellarState.openForWriting(state.directory(), Clock.systemUTC())) {
            PosReferenceId id = reference.reference(cellar.engine());
            SyncOutcome.Applied applied = cellar.record(new UnlinkReference(id, keepPastSales));
            out.println(OneLineText.printable("Unlinked " + id + (keepPastSales ? "; its past sales stay on the wine."
                    : "; " + applied.summary().stockMovements() + " stock movement(s) reversed.")));
        }
        out.flush();
    }
}
