package io.cellarsync.sync;

import java.util.List;
import java.util.Optional;

/**
 * Port: where the engine keeps its links. Only the engine writes to it, by folding its events; a host may put its own
 * database behind it. {@link SyncPorts#inMemory()} gives a map-backed one.
 */
public interface LinkStore {

    /**
     * The current link of a reference.
     *
     * @param reference the reference
     * @return its link, or empty if it is not linked
     */
    Optional<Link> linkOf(PosReferenceId reference);

    /**
     * The current links to a wine, in the order they were made.
     *
     * @param wineId the wine
     * @return its links, possibly none
     */
    List<Link> linksTo(String wineId);

    /**
     * Stores a new link; the reference has none.
     *
     * @param link the link
     */
    void put(Link link);

    /**
     * Removes the link of a reference.
     *
     * @param reference the reference
     */
    void remove(PosReferenceId reference);
}
