package io.cellarsync.examples.sync;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --state DIR} option shared by every command that works on the runner's state. */
public final class StateOption {

    @Option(names = "--state", paramLabel = "DIR", defaultValue = "./cellarsync-state",
            description = "The state directory (default: ${DEFAULT-VALUE}); created on first write.")
    Path directory;

    /** @return the state directory */
    public Path directory() {
        return directory;
    }
}
