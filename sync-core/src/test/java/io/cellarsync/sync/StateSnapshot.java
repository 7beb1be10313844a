package io.cellarsync.sync;

import java.util.ArrayList;
import java.util.List;

/** Everything an engine answers to its queries, as one comparable value. */
record StateSnapshot(
        List<LibraryWine> wines,
        List<SiteId> sites,
        List<QueueEntry> queue,
        List<WineStock> stock,
        List<List<LinkView>> links,
        List<List<StockMovement>> histories,
        List<ReferenceView> references,
        ResetReport resetReport) {

    static StateSnapshot of(SyncEngine engine) {
        List<List<LinkView>> links = new ArrayList<>();
        List<List<StockMovement>> histories = new ArrayList<>();
        for (LibraryWine wine : engine.wines()) {
            links.add(engine.linksOf(wine.id()));
            histories.add(engine.historyOf(wine.id()));
        }
        List<ReferenceView> references = new ArrayList<>();
        for (PosReferenceId reference : engine.references()) {
            references.add(engine.reference(reference).orElseThrow());
        }
        return new StateSnapshot(engine.wines(), engine.sites(), engine.queue(), engine.stock(), links, histories,
                references, engine.resetReport());
    }
}
