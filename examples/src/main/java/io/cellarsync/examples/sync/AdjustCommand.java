package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.sync.AdjustStock;
import io.cellarsync.sync.WineStock;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync adjust}: moves a wine's stock by hand (a delivery, a breakage, a count), with the reason kept in
 * the wine's audit trail (semantic 15). A {@code --cellar} the state does not know ({@link KnownCellars}) is refused
 * unless {@code --new-cellar} says it is a new one: a mistyped name would otherwise start a new cellar, holding a
 * delivery the cellar meant never sees, as {@code map-centre} refuses it.
 */
@Command(name = "adjust", mixinStandardHelpOptions = true,
        description = {"Move a wine's stock by hand (delivery, breakage, count), with a reason for the audit trail.",
            "A --cellar must be one the state knows (main, one holding stock, one a centre was mapped to), or give"
                    + " --new-cellar."})
public final class AdjustCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;
    @Mixin WineOption wine;

    @Option(names = "--bottles", paramLabel = "N", required = true,
            description = "Bottles to add (a delivery: 12) or take away (a breakage: -1); not 0.")
    BigDecimal bottles;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, converter = OneLineText.Option.class,
            description = "Why, for the audit trail (cellarsync history).")
    String reason;

    @Option(names = "--cellar", paramLabel = "NAME", converter = OneLineText.Option.class,
            description = "The cellar whose stock moves (default: the main cellar).")
    @Nullable String cellar;

    @Option(names = "--new-cellar",
            description = "The --cellar is a new one (no stock is in it, no centre was mapped to it): move its stock"
                    + " all the same.")
    boolean newCellar;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (newCellar && cellar == null) {
            throw new ParameterException(spec.commandLine(), "--new-cellar needs --cellar NAME: without it the stock"
                    + " moves in the main cellar, which is never new");
        }
        CentreMappings centres = new CentreMappings();
        try (CellarState cellarState = CellarState.openForWriting(state.directory(), Clock.systemUTC(), centres)) {
            // An unknown wine is refused first, by the engine, naming it: the wine is what the operator means to move.
            if (cellar != null && !newCellar && cellarState.engine().stockOf(wine.wineId).isPresent()) {
                KnownCellars.require(cellar, cellarState.engine(), centres, "move the wine's stock in a new cellar");
            }
            cellarState.record(new AdjustStock(wine.wineId, cellar, bottles, reason));
            WineStock stock = cellarState.engine().stockOf(wine.wineId).orElseThrow();
            out.println(OneLineText.printable("Adjusted wine " + wine.wineId + " (" + stock.wine().name() + ") by "
                    + (bottles.signum() > 0 ? "+" : "") + Bottles.text(bottles) + " bottle(s)"
                    + (cellar == null ? "" : " in cellar " + cellar) + " (" + reason + "); stock now "
                    + Bottles.text(stock.balance().stock()) + "."));
        }
        out.flush();
    }
}
