package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.sync.SyncEngine;
import picocli.CommandLine.Option;

/** The {@code --wine ID} option of the commands that report on one library wine. */
public final class WineOption {

    @Option(names = "--wine", paramLabel = "ID", required = true, description = "The library wine's id.")
    String wineId;

    /**
     * The wine's id, once checked against the state's library.
     *
     * @param engine the state
     * @return the id
     * @throws IllegalArgumentException naming the id when the library has no such wine
     */
    public String knownIn(SyncEngine engine) {
        if (engine.wine(wineId).isEmpty()) {
            throw new IllegalArgumentException(OneLineText.printable("Unknown wine '" + wineId + "': no wine of the"
                    + " library has this id (cellarsync stock lists them)."));
        }
        return wineId;
    }
}
