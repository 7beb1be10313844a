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
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync adjust}: moves a wine's stock by hand (a delivery, a breakage, a count), with the reason kept in
 * the wine's audit trail (semantic 15).
 */
@Command(name = "adjust", mixinStandardHelpOptions = true,
        description = "Move a wine's stock by hand (delivery, breakage, count), with a reason for the audit trail.")
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

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (CellarState cellarState = CellarState.openForWriting(state.directory(), Clock.systemUTC())) {
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
