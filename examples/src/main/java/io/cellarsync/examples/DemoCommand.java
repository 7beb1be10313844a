package io.cellarsync.examples;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cellarsync demo}: a night of the cellar app against a simulated till, start to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a night of sync against a simulated Trivec gateway and print what happened.")
final class DemoCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("cellarsync demo " + RunnerVersion.version());
        out.println("This demo will: start a simulated Trivec gateway, import the catalogue and a business day,");
        out.println("propose wines for unlinked POS labels, link them, and print the cellar's stock.");
        out.println("Those parts are not built yet; nothing was done.");
        out.flush();
    }
}
