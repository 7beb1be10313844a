package io.cellarsync.examples.sync;

import io.cellarsync.examples.VerboseOption;
import io.cellarsync.sync.MapCentre;
import io.cellarsync.sync.SiteId;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync map-centre}: sends a point of sale's later sales to a cellar of its own (R1, semantic 14); sales
 * already recorded stay in the cellar they depleted.
 */
@Command(name = "map-centre", mixinStandardHelpOptions = true,
        description = "Send a point of sale's (centre's) later sales to a cellar of its own.")
public final class MapCentreCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;

    @Mixin SiteOption site;

    @Option(names = "--centre", paramLabel = "KEY", required = true,
            description = "The centre's key, as the tickets give it (CenterKey).")
    String centre;

    @Option(names = "--cellar", paramLabel = "NAME", required = true, description = "The cellar it depletes.")
    String cellar;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (CellarState cellarState = CellarState.openForWriting(state.directory(), Clock.systemUTC())) {
            SiteId siteId = site.site(cellarState.engine());
            cellarState.record(new MapCentre(siteId, centre, cellar));
            out.println("Centre " + centre + " of site " + siteId + " now depletes cellar " + cellar
                    + "; sales already recorded stay in the cellar they depleted.");
        }
        out.flush();
    }
}
