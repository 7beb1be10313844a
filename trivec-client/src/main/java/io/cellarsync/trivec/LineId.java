package io.cellarsync.trivec;

import java.util.Objects;

/**
 * The identity of a sale line. The gateway's line keys are positional and repeat across orders, and all keys
 * collide across sites, so a line is identified by where it sits: site, ticket key, order key, its position in the
 * order and, for an add-on, its position under its parent line.
 *
 * @param site the site code
 * @param ticketKey the ticket's key
 * @param orderKey the order's key
 * @param position 1-based position of the (parent) line in the order's {@code Lines}
 * @param addonPosition 0 for a main line; 1-based position in the parent's {@code Addons} for an add-on
 */
public record LineId(String site, String ticketKey, String orderKey, int position, int addonPosition) {

    /**
     * Checks the components.
     *
     * @param site the site code
     * @param ticketKey the ticket's key
     * @param orderKey the order's key
     * @param position 1-based line position
     * @param addonPosition 0, or the 1-based add-on position
     */
    public LineId {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(orderKey, "orderKey");
        if (position < 1) {
            throw new IllegalArgumentException("position must be 1 or more, was " + position);
        }
        if (addonPosition < 0) {
            throw new IllegalArgumentException("addonPosition must be 0 (main line) or more, was " + addonPosition);
        }
    }

    /**
     * Whether this identifies an add-on.
     *
     * @return true when {@link #addonPosition()} is not 0
     */
    public boolean isAddon() {
        return addonPosition != 0;
    }

    /** @return {@code site/ticket/order/position} plus {@code .addon} for an add-on */
    @Override
    public String toString() {
        String line = site + "/" + ticketKey + "/" + orderKey + "/" + position;
        return isAddon() ? line + "." + addonPosition : line;
    }
}
