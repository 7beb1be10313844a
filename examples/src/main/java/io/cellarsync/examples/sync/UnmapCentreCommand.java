package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.sync.MapCentre;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncEngine;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.SortedMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync unmap-centre}: undoes {@code map-centre}: the point of sale's later sales deplete the main
 * cellar again; sales already recorded stay in the cellar they depleted. {@code sync-core} has no command that
 * removes a mapping; a mapping to {@link SyncEngine#DEFAULT_CELLAR} has the same effect (it is where an unmapped
 * centre's sales go), so that is what is recorded, in the journal like every other change.
 */
@Command(name = "unmap-centre", mixinStandardHelpOptions = true,
        description = "Send a point of sale's (centre's) later sales back to the main cellar (undo map-centre).")
public final class UnmapCentreCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;

    @Mixin SiteOption site;

    @Option(names = "--centre", paramLabel = "KEY", required = true, converter = OneLineText.Option.class,
            description = "The centre's key, as map-centre was given it.")
    String centre;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        CentreMappings centres = new CentreMappings();
        try (CellarState cellarState = CellarState.openForWriting(state.directory(), Clock.systemUTC(), centres)) {
            SiteId siteId = site.site(cellarState.engine());
            String before = centres.cellarOf(siteId, centre);
            if (before.equals(SyncEngine.DEFAULT_CELLAR)) {
                SortedMap<String, String> own = centres.ownCellars(siteId);
                out.println(OneLineText.printable("Centre " + centre + " of site " + siteId + " has no cellar of its"
                        + " own (its sales deplete " + SyncEngine.DEFAULT_CELLAR + "); nothing changed. " + (own.isEmpty()
                                ? "No centre of the site has a cellar of its own."
                                : "Centres with a cellar of their own: " + CentreMappings.describe(own) + ".")));
            } else {
                cellarState.record(new MapCentre(siteId, centre, SyncEngine.DEFAULT_CELLAR));
                out.println(OneLineText.printable("Centre " + centre + " of site " + siteId + " now depletes cellar "
                        + SyncEngine.DEFAULT_CELLAR + " again; sales already recorded stay in cellar " + before + "."));
            }
        }
        out.flush();
    }
}
