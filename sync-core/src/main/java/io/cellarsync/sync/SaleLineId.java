package io.cellarsync.sync;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Identity of one sale line (semantic 1): site, ticket key, order key, position of the line in the order and, for an
 * add-on, its position under the line. The POS's own line keys repeat across orders, hence the positions.
 *
 * @param site the site
 * @param ticketKey the ticket's key, unique within the site
 * @param orderKey the order's (round's) key
 * @param position the line's position in the order, as the POS numbers it (from 1 for Trivec): compared only for
 *     equality, so any numbering that a line keeps in every version of its ticket will do
 * @param addOnPosition the add-on's position under its line, or {@code null} for a main line
 */
public record SaleLineId(SiteId site, String ticketKey, String orderKey, int position, @Nullable Integer addOnPosition) {

    /** Checks the components are present. */
    public SaleLineId {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(orderKey, "orderKey");
    }

    /** Compares the most distinctive fields first; the engine compares line ids once or twice per line imported. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SaleLineId)) {
            return false;
        }
        SaleLineId that = (SaleLineId) other;
        return position == that.position
                && ticketKey.equals(that.ticketKey)
                && orderKey.equals(that.orderKey)
                && Objects.equals(addOnPosition, that.addOnPosition)
                && site.equals(that.site);
    }

    /**
     * Mixes the keys with different odd multipliers: POS ticket and order keys often share their digits (ticket
     * {@code T123}, order {@code O123}), and with the usual factor 31 for both their hashes cancel out in the low bits,
     * which crowds hash tables of many lines.
     */
    @Override
    public int hashCode() {
        int hash = site.hashCode() * 0x9E3779B1 + ticketKey.hashCode();
        hash = hash * 0x85EBCA77 + orderKey.hashCode();
        hash = hash * 0xC2B2AE3D + position;
        hash = hash * 31 + Objects.hashCode(addOnPosition);
        return hash ^ (hash >>> 15);
    }

    @Override
    public String toString() {
        return site + "/" + ticketKey + "/" + orderKey + "/" + position + (addOnPosition == null ? "" : "+" + addOnPosition);
    }
}
