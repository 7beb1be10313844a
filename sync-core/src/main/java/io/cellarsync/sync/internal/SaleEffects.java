package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.Link;
import io.cellarsync.sync.MovementCause;
import io.cellarsync.sync.RecordedSale;
import io.cellarsync.sync.SaleEffectKind;
import io.cellarsync.sync.StockMovement;
import io.cellarsync.sync.SyncEvent;
import java.time.Instant;

/** Builds the stock movements that apply or reverse one sale line's effect on a wine. */
final class SaleEffects {

    private SaleEffects() {}

    static SyncEvent.StockMoved apply(Instant at, SaleEffectKind kind, RecordedSale sale, Link link) {
        MovementCause cause = new MovementCause.SaleEffect(kind, sale.id(), sale.reference(), link.number(),
                sale.businessDate(), sale.quantity(), link.perSale(), sale.gross(), sale.net(), sale.vatRate());
        return new SyncEvent.StockMoved(new StockMovement(at, link.wineId(), sale.cellar(), cause));
    }

    static SyncEvent.StockMoved reverse(Instant at, SaleEffectKind kind, RecordedSale sale, Attribution attribution) {
        MovementCause cause = new MovementCause.SaleEffect(kind, sale.id(), sale.reference(),
                attribution.linkNumber(), sale.businessDate(), sale.quantity().negate(), attribution.perSale(),
                sale.gross().negate(), sale.net().negate(), sale.vatRate());
        return new SyncEvent.StockMoved(new StockMovement(at, attribution.wineId(), attribution.cellar(), cause));
    }
}
