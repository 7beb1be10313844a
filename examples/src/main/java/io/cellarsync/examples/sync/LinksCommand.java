package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.sync.LinkView;
import io.cellarsync.sync.SyncEngine;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cellarsync links --wine ID}: the POS references a wine is linked to, with the POS's name for each (R11). */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = "List the POS references linked to a wine, with their POS name, bottles per sale and price.")
public final class LinksCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;
    @Mixin WineOption wine;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public void run() {
        SyncEngine engine = CellarState.read(state.directory());
        String wineId = wine.knownIn(engine);
        List<LinkRow> rows = engine.linksOf(wineId).stream().map(LinkRow::of).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, rows);
            return;
        }
        out.println(OneLineText.printable("Wine " + wineId + " is linked to " + rows.size() + " POS reference(s)"
                + (rows.isEmpty() ? "." : ":")));
        for (LinkRow row : rows) {
            out.println(OneLineText.printable("  " + row.site() + "/" + row.posProductKey() + " " + row.posName() + ", "
                    + row.perSale() + " bottle(s) per sale"
                    + (row.price() == null ? "" : ", price " + row.price().toPlainString())));
        }
        out.flush();
    }

    /**
     * One line of {@code links --json}.
     *
     * @param site the reference's site
     * @param posProductKey the POS product key
     * @param posName the POS's current name for it
     * @param perSale bottles per unit sold, as a decimal (1/6 prints as 0.166667)
     * @param price the POS price incl. VAT recorded on the link (R7), or null
     * @param vatRate the POS VAT rate, or null
     */
    record LinkRow(String site, String posProductKey, String posName, BigDecimal perSale, @Nullable BigDecimal price,
            @Nullable BigDecimal vatRate) {

        static LinkRow of(LinkView view) {
            return new LinkRow(view.link().reference().site().code(), view.link().reference().productKey(),
                    view.posName(), view.link().perSale().asDecimal(), view.price().orElse(null),
                    view.vatRate().orElse(null));
        }
    }
}
