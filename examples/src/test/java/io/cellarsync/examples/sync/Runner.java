package io.cellarsync.examples.sync;

import io.cellarsync.examples.CellarsyncMain;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code cellarsync} command line in-process and keeps what it printed. */
final class Runner {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CellarsyncMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
