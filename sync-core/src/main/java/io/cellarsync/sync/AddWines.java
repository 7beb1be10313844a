package io.cellarsync.sync;

import java.util.List;

/**
 * Adds wines to the library, each with its initial stock. The batch is added whole or not at all: a blank id or
 * name, a negative initial stock or an id already in the library rejects it.
 *
 * @param wines the wines to add
 */
public record AddWines(List<LibraryWine> wines) implements SyncCommand {

    /** Copies the list. */
    public AddWines {
        wines = List.copyOf(wines);
    }
}
