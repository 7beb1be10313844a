package io.cellarsync.trivec;

import java.util.Map;
import java.util.Optional;

/**
 * What an order round did ({@code Order.ActionId}): an open enum. The values whose meaning the gateway notes
 * justify are named; any other value is kept as it came.
 *
 * @param code the number the gateway sent; {@code 0} when the field was absent (a plain ordering round)
 */
public record ActionId(int code) {

    /** A plain ordering round (the field is absent). */
    public static final ActionId ORDER_ENTRY = new ActionId(0);
    /** Lines moved in from another ticket (table transfer or bill split target). */
    public static final ActionId MOVED_IN = new ActionId(1);
    /** Lines moved out to another ticket (negative mirror of {@link #MOVED_IN}). */
    public static final ActionId MOVED_OUT = new ActionId(2);
    /** A correction or void round: negative lines. */
    public static final ActionId CORRECTION = new ActionId(3);
    /** The billing (close) round; usually carries the payments. */
    public static final ActionId BILLING = new ActionId(8);
    /** A direct (quick) sale: lines and payment in one round. */
    public static final ActionId DIRECT_SALE = new ActionId(9);

    private static final Map<Integer, String> MEANINGS = Map.of(
            0, "order entry",
            1, "moved in",
            2, "moved out",
            3, "correction",
            8, "billing",
            9, "direct sale");

    /**
     * The action with this code, known or not.
     *
     * @param code the gateway's number
     * @return the action
     */
    public static ActionId of(int code) {
        return new ActionId(code);
    }

    /**
     * The meaning of a known code.
     *
     * @return e.g. {@code "billing"}; empty for a code whose meaning is unknown (4, 11, 23, 25, 26, ...)
     */
    public Optional<String> meaning() {
        return Optional.ofNullable(MEANINGS.get(code));
    }

    /**
     * Whether the meaning of this code is known.
     *
     * @return true for 0, 1, 2, 3, 8 and 9
     */
    public boolean isKnown() {
        return MEANINGS.containsKey(code);
    }

    /** @return e.g. {@code 8 (billing)} or {@code 23 (unknown)} */
    @Override
    public String toString() {
        return code + " (" + meaning().orElse("unknown") + ")";
    }
}
