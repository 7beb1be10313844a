package io.cellarsync.sync.internal;

import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.PosReferenceId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the engine knows of one POS reference besides its link and sales: its names, catalogue entry and flags. */
public final class ReferenceState {

    private final PosReferenceId id;
    private String name;
    private final List<String> earlierNames = new ArrayList<>(1);
    private @Nullable CatalogueEntry catalogue;
    private boolean ignored;

    ReferenceState(PosReferenceId id, String name) {
        this.id = id;
        this.name = name;
    }

    /**
     * The reference.
     *
     * @return its identity
     */
    public PosReferenceId id() {
        return id;
    }

    /**
     * The current POS name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Earlier POS names, oldest first.
     *
     * @return the names
     */
    public List<String> earlierNames() {
        return List.copyOf(earlierNames);
    }

    /**
     * The latest catalogue entry.
     *
     * @return the entry, or {@code null} if no catalogue listed the reference
     */
    public @Nullable CatalogueEntry catalogue() {
        return catalogue;
    }

    /**
     * Whether the reference is left out of the queue.
     *
     * @return the flag
     */
    public boolean ignored() {
        return ignored;
    }

    void rename(String newName) {
        if (!newName.equals(name)) {
            earlierNames.add(name);
            name = newName;
        }
    }

    void catalogue(CatalogueEntry entry) {
        rename(entry.name());
        catalogue = entry;
    }

    void ignored(boolean flag) {
        ignored = flag;
    }
}
