package io.cellarsync.sync.internal;

import io.cellarsync.sync.Link;
import io.cellarsync.sync.LinkStore;
import io.cellarsync.sync.PosReferenceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link LinkStore} in two hash maps: by reference, and by wine. */
public final class InMemoryLinkStore implements LinkStore {

    private final Map<PosReferenceId, Link> byReference = new HashMap<>();
    private final Map<String, List<Link>> byWine = new HashMap<>();

    /** An empty store. */
    public InMemoryLinkStore() {}

    @Override
    public Optional<Link> linkOf(PosReferenceId reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    @Override
    public List<Link> linksTo(String wineId) {
        List<Link> links = byWine.get(wineId);
        return links == null ? List.of() : List.copyOf(links);
    }

    @Override
    public void put(Link link) {
        Link previous = byReference.put(link.reference(), link);
        if (previous != null) {
            removeFromWine(previous);
        }
        byWine.computeIfAbsent(link.wineId(), id -> new ArrayList<>()).add(link);
    }

    @Override
    public void remove(PosReferenceId reference) {
        Link previous = byReference.remove(reference);
        if (previous != null) {
            removeFromWine(previous);
        }
    }

    private void removeFromWine(Link link) {
        List<Link> links = byWine.get(link.wineId());
        if (links != null) {
            links.remove(link);
        }
    }
}
