package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncEngine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync centres}: each site's points of sale (R1, semantic 14), those recorded sales came from and those
 * {@code map-centre} was given, with the cellar their later sales deplete and whether a mapping sends them there. It
 * only reads the state, so it takes no lock. The engine has no query for centres nor for sale lines per centre: the
 * centres are learnt from the replayed events, as {@code map-centre} learns them, and no count of lines is shown.
 */
@Command(name = "centres", mixinStandardHelpOptions = true,
        description = {"List each site's points of sale (centres), seen in recorded sales or mapped, with the cellar"
                + " their later sales deplete and whether a mapping (map-centre) or the default (main) decides it."})
public final class CentresCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;

    @Option(names = "--site", paramLabel = "SITE",
            description = "Only this site (as the state shows it, its code, domain or base URI); every site when"
                    + " left out.")
    @Nullable String site;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public void run() {
        CentreMappings centres = new CentreMappings();
        SyncEngine engine = CellarState.read(state.directory(), centres);
        List<SiteId> sites = site == null ? engine.sites() : List.of(SiteChoice.resolve(site, engine.sites()));
        List<CentreRow> rows = new ArrayList<>();
        for (SiteId siteId : sites) {
            Set<String> mapped = centres.ownCellars(siteId).keySet();
            for (String centre : centres.known(siteId)) {
                rows.add(new CentreRow(siteId.code(), centre, centres.cellarOf(siteId, centre),
                        mapped.contains(centre)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, rows);
            return;
        }
        if (sites.isEmpty()) {
            out.println("The state knows no site yet: run cellarsync import first.");
        }
        for (SiteId siteId : sites) {
            List<CentreRow> ofSite = rows.stream().filter(row -> row.site().equals(siteId.code())).toList();
            out.println(OneLineText.printable("Site " + siteId + ": " + (ofSite.isEmpty()
                    ? "no centre (no recorded sale names a point of sale, none was mapped)."
                    : ofSite.size() + " centre(s):")));
            for (CentreRow row : ofSite) {
                // Escaped before it is padded, so that a key holding a control character keeps the columns.
                out.println(String.format("  %-16s cellar %s (%s)", OneLineText.printable(row.centre()),
                        OneLineText.printable(row.cellar()), row.mapped() ? "mapped" : "default, no cellar of its own"));
            }
        }
        out.flush();
    }

    /**
     * One line of {@code centres --json}.
     *
     * @param site the site, as the state shows it
     * @param centre the centre's key, as the tickets give it (CenterKey) or {@code map-centre} was given it
     * @param cellar the cellar its later sales deplete
     * @param mapped whether a mapping sends them there; false for {@code main}, the cellar of a centre without a
     *     cellar of its own (never mapped, or sent back by {@code unmap-centre})
     */
    record CentreRow(String site, String centre, String cellar, boolean mapped) {}
}
