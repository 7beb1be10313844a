package io.cellarsync.trivec;

import java.util.Objects;

/**
 * The identity of a sale line. The gateway's line keys are positional and repeat across orders, and all keys
 * collide across sites, so a line is identified by where it sits: site, ticket key, order key, its position in the
 * order and, for an add-on, its number under its main line.
 *
 * <p>An add-on of a main line is numbered by its 1-based position in the line's {@code Addons}. An add-on may have
 * add-ons of its own (the gateway notes never saw one, the model allows them); those are numbered after the main
 * line's own add-ons, from their count + 1, depth-first in the order sent: for a line whose {@code Addons} are
 * {@code [A, B]}, where A has the add-on A1, which has A1a, and B has B1, A is 1, B 2, A1 3, A1a 4 and B1 5. So
 * every line and add-on of a ticket has its own id, the same in every fetch of the ticket, and the number of a
 * main line's own add-on is its position whether or not add-ons of add-ons follow.
 *
 * @param site the site code
 * @param ticketKey the ticket's key
 * @param orderKey the order's key
 * @param position 1-based position of the main line in the order's {@code Lines}
 * @param addonPosition 0 for a main line; for an add-on, its number under its main line: 1-based position in the
 *     main line's {@code Addons}, or after those for an add-on of an add-on
 */
public record LineId(String site, String ticketKey, String orderKey, int position, int addonPosition) {

    /**
     * Checks the components.
     *
     * @param site the site code
     * @param ticketKey the ticket's key
     * @param orderKey the order's key
     * @param position 1-based line position
     * @param addonPosition 0, or the add-on's 1-based number under its main line
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
