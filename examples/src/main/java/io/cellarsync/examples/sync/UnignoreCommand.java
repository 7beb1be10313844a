package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.ReferenceView;
import io.cellarsync.sync.UnignoreReference;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cellarsync unignore}: puts an ignored reference back on the queue (R5). */
@Command(name = "unignore", mixinStandardHelpOptions = true,
        description = "Put an ignored POS reference back on the queue of drinks to synchronise.")
public final class UnignoreCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;
    @Mixin ReferenceOptions reference;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (CellarState cellar = CellarState.openForWriting(state.directory(), Clock.systemUTC())) {
            PosReferenceId id = reference.reference(cellar.engine());
            if (cellar.engine().reference(id).map(ReferenceView::ignored).orElse(true)) {
                cellar.record(new UnignoreReference(id));
                out.println(OneLineText.printable("Unignored " + id + ": it is back on the queue unless it is linked."));
            } else {
                // Nothing to record: the engine would emit no event, and a record would only say it happened.
                out.println(OneLineText.printable(id + " is not ignored; nothing changed."));
            }
        }
        out.flush();
    }
}
