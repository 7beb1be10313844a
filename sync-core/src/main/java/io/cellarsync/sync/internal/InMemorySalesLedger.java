package io.cellarsync.sync.internal;

import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.RecordedTicket;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SalesLedger;
import io.cellarsync.sync.SiteId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SalesLedger} in hash tables: each ticket's current version in a slot, by site and ticket key, and for each
 * reference a chain of the slots of the tickets with a line of it, kept in one append-only log ({@link ChunkedLog}), so
 * that importing is linear in lines (appending at the log's end, not to one of many lists) and linking reads only the
 * reference's own tickets. A new version replaces the slot's content, so the chains never lead to stale versions. The
 * ticket objects are those of the import, shared, not copied.
 */
public final class InMemorySalesLedger implements SalesLedger {

    /** Below this many tickets, an import does not resize the table ahead. */
    private static final int FIRST_ROOM = 16;
    /** Above this many lines a ticket's distinct references are found with a set rather than by comparing pairs. */
    private static final int SMALL_TICKET = 16;

    private final Map<SiteId, Map<String, Slot>> tickets = new HashMap<>();
    private final Map<SiteId, Map<String, ListingChain>> byReference = new HashMap<>();
    /** Each entry lists a ticket's slot under a reference, linked to the previous entry of the same reference. */
    private final ChunkedLog listings = new ChunkedLog();
    /** The number of tickets each site's table was last sized for (without rehashing). */
    private final Map<SiteId, Long> roomFor = new HashMap<>();
    private @Nullable SiteId lastSite;
    private @Nullable Map<String, Slot> lastSiteTickets;

    /** An empty ledger. */
    public InMemorySalesLedger() {}

    /**
     * Makes room for this many more tickets of a site at once, so that a large import rehashes at most once instead of
     * doubling the table again and again. Room already made is kept: an import into a ledger with room left costs
     * nothing here, and growing takes at least twice the current size, so a year of nightly imports copies the
     * tickets a constant number of times on average rather than once per import.
     *
     * @param site the site
     * @param more the number of tickets about to be recorded, at most
     */
    public void reserve(SiteId site, int more) {
        if (more < FIRST_ROOM) {
            return;
        }
        Map<String, Slot> ofSite = tickets.get(site);
        int size = ofSite == null ? 0 : ofSite.size();
        long needed = size + (long) more;
        if (needed <= roomFor.getOrDefault(site, 0L)) {
            return;
        }
        long room = Math.min(1L << 29, Math.max(needed, 2L * size));
        HashMap<String, Slot> bigger = new HashMap<>((int) (room * 4 / 3 + 1));
        if (ofSite != null) {
            bigger.putAll(ofSite);
        }
        tickets.put(site, bigger);
        roomFor.put(site, room);
        lastSite = null;
        lastSiteTickets = null;
    }

    @Override
    public Optional<RecordedTicket> ticket(SiteId site, String ticketKey) {
        return Optional.ofNullable(find(site, ticketKey));
    }

    /** As {@link #ticket}, without the {@code Optional}. */
    @Nullable RecordedTicket find(SiteId site, String ticketKey) {
        Slot slot = ticketsOf(site).get(ticketKey);
        return slot == null ? null : slot.version;
    }

    @Override
    public void record(RecordedTicket ticket) {
        record(ticket, null);
    }

    /**
     * As {@link #record(RecordedTicket)}, with the state of each line's reference at hand (or {@code null}): a
     * reference's list of tickets is then found through its state's slot instead of a lookup.
     */
    void record(RecordedTicket version, @Nullable ReferenceState @Nullable [] states) {
        SaleTicket ticket = version.ticket();
        Map<String, Slot> ofSite = ticketsOf(ticket.site());
        Slot slot = ofSite.get(ticket.ticketKey());
        RecordedTicket old = null;
        if (slot == null) {
            slot = new Slot(version);
            ofSite.put(ticket.ticketKey(), slot);
        } else {
            old = slot.version;
            slot.version = version;
        }
        Set<String> big = version.size() > SMALL_TICKET ? new HashSet<>() : null;
        if (big != null && old != null) {
            for (int j = 0; j < old.size(); j++) {
                big.add(old.line(j).productKey());
            }
        }
        for (int i = 0; i < version.size(); i++) {
            String productKey = version.line(i).productKey();
            boolean listed = big != null ? !big.add(productKey) : seenBefore(version, i, productKey)
                    || old != null && contains(old, productKey);
            Set<String> dropped = slot.dropped;
            if (!listed && dropped != null) {
                listed = dropped.contains(productKey);
            }
            if (!listed) {
                ListingChain chain = chain(ticket.site(), productKey, states == null ? null : states[i]);
                chain.last = listings.append(slot, chain.last + 1);
            }
        }
        if (old != null) {
            rememberDropped(slot, old, version);
        }
    }

    /**
     * Remembers the references of the old version that the new one no longer has: the slot stays in their lists, so
     * a later version that has them again must not list it twice.
     */
    private static void rememberDropped(Slot slot, RecordedTicket old, RecordedTicket version) {
        // A large new version is looked up through a set: comparing every old line with every new one was quadratic.
        Set<String> current = null;
        if (version.size() > SMALL_TICKET && old.size() > SMALL_TICKET) {
            current = new HashSet<>(version.size() * 2);
            for (int i = 0; i < version.size(); i++) {
                current.add(version.line(i).productKey());
            }
        }
        for (int j = 0; j < old.size(); j++) {
            String productKey = old.line(j).productKey();
            if (!(current != null ? current.contains(productKey) : contains(version, productKey))) {
                Set<String> dropped = slot.dropped;
                if (dropped == null) {
                    dropped = new HashSet<>(4);
                    slot.dropped = dropped;
                }
                dropped.add(productKey);
            }
        }
    }

    private static boolean seenBefore(RecordedTicket version, int line, String productKey) {
        for (int j = 0; j < line; j++) {
            if (version.line(j).productKey().equals(productKey)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(RecordedTicket version, String productKey) {
        return seenBefore(version, version.size(), productKey);
    }

    @Override
    public List<RecordedTicket> ticketsOf(PosReferenceId reference) {
        Map<String, ListingChain> ofSite = byReference.get(reference.site());
        ListingChain chain = ofSite == null ? null : ofSite.get(reference.productKey());
        if (chain == null) {
            return List.of();
        }
        List<RecordedTicket> versions = new ArrayList<>();
        for (long position = chain.last; position >= 0; position = listings.code(position) - 1) {
            versions.add(((Slot) listings.item(position)).version);
        }
        Collections.reverse(versions);
        return versions;
    }

    private Map<String, Slot> ticketsOf(SiteId site) {
        Map<String, Slot> ofSite = lastSiteTickets;
        if (ofSite == null || !site.equals(lastSite)) {
            ofSite = tickets.computeIfAbsent(site, s -> new HashMap<>());
            lastSite = site;
            lastSiteTickets = ofSite;
        }
        return ofSite;
    }

    /**
     * The chain of a reference's listings: its state's own once adopted (taking over the head of a chain made before
     * without the state), or one of the ledger's when no state is at hand.
     */
    private ListingChain chain(SiteId site, String productKey, @Nullable ReferenceState state) {
        if (state != null && state.listings.adopted) {
            return state.listings;
        }
        Map<String, ListingChain> ofSite = byReference.computeIfAbsent(site, s -> new HashMap<>());
        ListingChain known = ofSite.get(productKey);
        if (state == null) {
            if (known == null) {
                known = new ListingChain();
                known.adopted = true;
                ofSite.put(productKey, known);
            }
            return known;
        }
        ListingChain own = state.listings;
        if (known != null) {
            own.last = known.last;
        }
        own.adopted = true;
        ofSite.put(productKey, own);
        return own;
    }

    /** A ticket's current version; the reference lists hold the slot, so a new version is seen through them. */
    private static final class Slot {
        RecordedTicket version;
        /** References the ticket once had and its current version has not, or {@code null} if none. */
        @Nullable Set<String> dropped;

        Slot(RecordedTicket version) {
            this.version = version;
        }
    }
}
