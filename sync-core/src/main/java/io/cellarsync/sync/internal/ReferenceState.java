package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.Link;
import io.cellarsync.sync.PosReferenceId;
import java.time.LocalDate;
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
    /**
     * Whether the user ever broke a link of this reference or left it out of the queue: the reset report's auto-link
     * never overrules that decision (semantic 16, R12).
     */
    private boolean unlinkedOrIgnored;
    /**
     * The reference's current link, mirrored from the link store by {@link EventFold} (the only writer of both), so
     * that an import reads a line's reference and its link in one lookup.
     */
    private @Nullable Link link;
    /** The first day the current link covers, copied from it so that an import need not read the link per line. */
    private LocalDate linkFrom = LocalDate.MIN;

    /**
     * The head of the reference's chain of tickets in the in-memory sales ledger ({@link InMemorySalesLedger}), made
     * with the state so that the two sit side by side in memory.
     */
    final ListingChain listings = new ListingChain();
    /**
     * The in-memory stock ledger's slot ({@link InMemoryStockLedger}), filled on first use: the sums it keeps for the
     * attribution the reference last moved stock through. With these an import touches the reference's state instead
     * of one hash entry per store.
     */
    @Nullable Object stockSlot;
    @Nullable Attribution stockSlotAttribution;
    /**
     * The attribution last given to a line of this reference: attributions are immutable and the same for every line
     * applied through one link to one cellar, so the fold shares one instead of making one per line.
     */
    @Nullable Attribution sharedAttribution;
    /** The link and cellar {@link #sharedAttribution} was made for, compared by identity first. */
    @Nullable Link sharedAttributionLink;
    @Nullable String sharedAttributionCellar;

    ReferenceState(PosReferenceId id, String name, @Nullable Link link) {
        this.id = id;
        this.name = name;
        link(link);
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

    @Nullable Link link() {
        return link;
    }

    void link(@Nullable Link current) {
        link = current;
        linkFrom = current == null ? LocalDate.MIN : current.effectiveFrom();
    }

    /** Whether the reference is linked and its link covers a business day, as {@link Link#covers(LocalDate)}. */
    boolean linkCovers(LocalDate day) {
        return link != null && (linkFrom == LocalDate.MIN || !day.isBefore(linkFrom));
    }

    void ignored(boolean flag) {
        ignored = flag;
        unlinkedOrIgnored |= flag;
    }

    /** Notes that the user broke a link of this reference. */
    void unlinked() {
        unlinkedOrIgnored = true;
    }

    /**
     * Whether the user ever unlinked this reference or ignored it, even if it was linked or unignored since.
     *
     * @return the flag
     */
    boolean unlinkedOrIgnored() {
        return unlinkedOrIgnored;
    }
}
