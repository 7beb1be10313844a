package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
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
 * already recorded stay in the cellar they depleted. A centre no recorded sale came from is refused unless
 * {@code --new-centre} says it has not sold yet: a mistyped key would otherwise be mapped, and the real centre's
 * sales would go on depleting the main cellar without a word. A cellar the state does not know ({@link KnownCellars})
 * is refused the same way unless {@code --new-cellar} says it is a new one: a mistyped name would otherwise start an
 * empty cellar whose stock goes negative with the centre's sales. {@code unmap-centre} undoes a mapping.
 */
@Command(name = "map-centre", mixinStandardHelpOptions = true,
        description = {"Send a point of sale's (centre's) later sales to a cellar of its own.",
            "The centre must be one that recorded sales came from, or give --new-centre; the cellar must be one the"
                    + " state knows (main, one holding stock, one a centre was mapped to), or give --new-cellar;"
                    + " cellarsync unmap-centre sends its later sales back to the main cellar."})
public final class MapCentreCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;

    @Mixin SiteOption site;

    @Option(names = "--centre", paramLabel = "KEY", required = true, converter = OneLineText.Option.class,
            description = "The centre's key, as the tickets give it (CenterKey).")
    String centre;

    @Option(names = "--cellar", paramLabel = "NAME", required = true, converter = OneLineText.Option.class,
            description = "The cellar it depletes.")
    String cellar;

    @Option(names = "--new-centre",
            description = "The centre has not sold yet (no recorded sale came from it): map it all the same.")
    boolean newCentre;

    @Option(names = "--new-cellar",
            description = "The cellar is a new one (no stock is in it, no centre was mapped to it): map to it all"
                    + " the same.")
    boolean newCellar;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        CentreMappings centres = new CentreMappings();
        try (CellarState cellarState = CellarState.openForWriting(state.directory(), Clock.systemUTC(), centres)) {
            SiteId siteId = site.site(cellarState.engine());
            if (!newCentre && !centres.knows(siteId, centre)) {
                // The centre keys listed are the POS's text: shown printable, as in every table.
                throw new IllegalArgumentException(OneLineText.printable("--centre " + centre + ": no recorded sale"
                        + " of site " + siteId + " came from this point of sale; " + (centres.known(siteId).isEmpty()
                                ? "no recorded sale of the site names a point of sale yet"
                                : "its centres are " + centres.describe(siteId))
                        + "; give --new-centre to map a point of sale that has not sold yet; nothing was changed"));
            }
            if (!newCellar) {
                KnownCellars.require(cellar, cellarState.engine(), centres,
                        "send the centre's sales to a new cellar");
            }
            if (centres.cellarOf(siteId, centre).equals(cellar)) {
                // Nothing to record: the engine would emit no event, and a record would only say it happened.
                out.println("Centre " + centre + " of site " + siteId + " depletes cellar " + cellar
                        + " already; nothing changed.");
            } else {
                cellarState.record(new MapCentre(siteId, centre, cellar));
                out.println("Centre " + centre + " of site " + siteId + " now depletes cellar " + cellar
                        + "; sales already recorded stay in the cellar they depleted.");
            }
        }
        out.flush();
    }
}
