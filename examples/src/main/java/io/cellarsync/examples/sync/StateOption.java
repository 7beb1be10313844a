package io.cellarsync.examples.sync;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --state DIR} option shared by every command that works on the runner's state. */
public final class StateOption {

    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    Path directory;

    /**
     * Sets the state directory. An empty value (a script's {@code --state "$STATE"} with the variable unset) is
     * refused: it would name the working directory, and the state would be read and written there.
     *
     * @param value the option's value
     */
    @Option(names = "--state", paramLabel = "DIR", defaultValue = "./cellarsync-state",
            description = "The state directory (default: ${DEFAULT-VALUE}); created on first write.")
    void directory(String value) {
        if (value.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--state needs a directory; got an empty value (leave"
                    + " --state out for ./cellarsync-state)");
        }
        directory = Path.of(value);
    }

    /** @return the state directory */
    public Path directory() {
        return directory;
    }
}
