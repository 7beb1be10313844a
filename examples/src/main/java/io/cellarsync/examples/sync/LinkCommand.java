package io.cellarsync.examples.sync;

import io.cellarsync.examples.VerboseOption;
import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SyncOutcome;
import io.cellarsync.sync.WineStock;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cellarsync link}: the user's answer for a POS reference (R9, R10): yes (it is that wine) or, with
 * {@code --vintage}, almost (that wine with another vintage, which is set on the wine). The reference's sales
 * already recorded are back-filled onto the wine (all of them, or those from {@code --from}).
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Link a POS reference to a library wine; its recorded sales are back-filled.")
public final class LinkCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;
    @Mixin ReferenceOptions reference;

    @Option(names = "--wine", paramLabel = "ID", required = true, description = "The library wine's id.")
    String wineId;

    @Option(names = "--per-sale", paramLabel = "X", converter = PerSale.class,
            description = "Bottles per unit sold: 1 for a bottle (default), 1/6 or 0.166667 for a 12.5 cl glass"
                    + " of a 75 cl bottle.")
    BottlesPerUnit perSale = BottlesPerUnit.ONE_BOTTLE;

    @Option(names = "--vintage", paramLabel = "YYYY",
            description = "Answer 'almost': it is this wine, but with this vintage (set on the wine).")
    @Nullable Integer vintage;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "Back-fill only the sales of this business day and later (default: all).")
    @Nullable LocalDate from;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (CellarState cellar = CellarState.openForWriting(state.directory(), Clock.systemUTC())) {
            PosReferenceId id = reference.reference(cellar.engine());
            LinkReference link = (vintage == null ? LinkReference.yes(id, wineId)
                    : LinkReference.almost(id, wineId, vintage)).withPerSale(perSale);
            if (from != null) {
                link = link.from(from);
            }
            SyncOutcome.Applied applied = cellar.record(link);
            String posName = cellar.engine().reference(id).map(r -> r.posName()).orElse(id.productKey());
            WineStock stock = cellar.engine().stockOf(wineId).orElseThrow();
            out.println("Linked " + id + " (" + posName + ") to wine " + wineId + " (" + stock.wine().name()
                    + (stock.wine().vintage() == null ? "" : " " + stock.wine().vintage()) + "), " + perSale
                    + " bottle(s) per unit sold; " + applied.summary().stockMovements()
                    + " stock movement(s) back-filled; stock now " + Bottles.text(stock.balance().stock()) + ".");
        }
        out.flush();
    }

    /** Reads {@code --per-sale}: a decimal or a fraction; whether it is positive is the engine's check. */
    static final class PerSale implements ITypeConverter<BottlesPerUnit> {
        @Override
        public BottlesPerUnit convert(String value) {
            try {
                return BottlesPerUnit.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
