package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.sync.IgnoreReference;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.ReferenceView;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cellarsync ignore}: takes a reference that is not a wine (coffee, food) off the queue (R5). */
@Command(name = "ignore", mixinStandardHelpOptions = true,
        description = "Take a POS reference that is not a wine off the queue of drinks to synchronise.")
public final class IgnoreCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;
    @Mixin ReferenceOptions reference;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (CellarState cellar = CellarState.openForWriting(state.directory(), Clock.systemUTC())) {
            PosReferenceId id = reference.reference(cellar.engine());
            if (cellar.engine().reference(id).map(ReferenceView::ignored).orElse(false)) {
                // Nothing to record: the engine would emit no event, and a record would only say it happened.
                out.println(OneLineText.printable(id + " is ignored already; nothing changed."));
            } else {
                cellar.record(new IgnoreReference(id));
                out.println(OneLineText.printable("Ignored " + id + ": it leaves the queue until cellarsync unignore."));
            }
        }
        out.flush();
    }
}
