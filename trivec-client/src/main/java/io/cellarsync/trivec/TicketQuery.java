package io.cellarsync.trivec;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to ask for when fetching the tickets of a day. Every flag is always sent explicitly (the gateway's
 * defaults are undocumented). Start from {@link #billedOnly()} and use the {@code with...} methods.
 *
 * @param includeOpen also return tickets not billed yet; beware, they come back with every day while open
 * @param includeInternal also return tickets booked to a cost post (not revenue, but they move stock)
 * @param includeTraining also return training-mode tickets
 * @param includeFreeAddons also return zero-priced add-ons
 * @param centerKeys the points of sale to filter on (one request per centre, each listed once); empty for all of
 *     them
 * @param userKey the user to filter on; empty for all users
 */
public record TicketQuery(boolean includeOpen, boolean includeInternal, boolean includeTraining,
        boolean includeFreeAddons, List<String> centerKeys, String userKey) {

    /**
     * Checks and copies the components.
     *
     * @param includeOpen the open flag
     * @param includeInternal the internal flag
     * @param includeTraining the training flag
     * @param includeFreeAddons the free add-ons flag
     * @param centerKeys the centre filter
     * @param userKey the user filter
     * @throws TrivecConfigurationException if a key is blank or holds characters other than letters and digits, or
     *     a centre is listed twice
     */
    public TicketQuery {
        centerKeys = List.copyOf(centerKeys);
        Objects.requireNonNull(userKey, "userKey");
        Set<String> seen = new HashSet<>();
        for (String centerKey : centerKeys) {
            requireKey("centre", centerKey);
            if (!seen.add(centerKey)) {
                // Each centre is one request: the same centre twice would return its tickets twice.
                throw new TrivecConfigurationException("The centre key '" + centerKey + "' is given more than"
                        + " once; list each centre once (each is one request, whose tickets would be counted again).");
            }
        }
        if (!userKey.isEmpty()) {
            requireKey("user", userKey);
        }
    }

    /**
     * Billed, non-internal, non-training tickets of every centre, without free add-ons.
     *
     * @return the query
     */
    public static TicketQuery billedOnly() {
        return new TicketQuery(false, false, false, false, List.of(), "");
    }

    /**
     * This query with the open flag set.
     *
     * @param include whether to include open tickets
     * @return the new query
     */
    public TicketQuery withOpen(boolean include) {
        return new TicketQuery(include, includeInternal, includeTraining, includeFreeAddons, centerKeys, userKey);
    }

    /**
     * This query with the internal flag set.
     *
     * @param include whether to include internal tickets
     * @return the new query
     */
    public TicketQuery withInternal(boolean include) {
        return new TicketQuery(includeOpen, include, includeTraining, includeFreeAddons, centerKeys, userKey);
    }

    /**
     * This query with the training flag set.
     *
     * @param include whether to include training tickets
     * @return the new query
     */
    public TicketQuery withTraining(boolean include) {
        return new TicketQuery(includeOpen, includeInternal, include, includeFreeAddons, centerKeys, userKey);
    }

    /**
     * This query with the free add-ons flag set.
     *
     * @param include whether to include zero-priced add-ons
     * @return the new query
     */
    public TicketQuery withFreeAddons(boolean include) {
        return new TicketQuery(includeOpen, includeInternal, includeTraining, include, centerKeys, userKey);
    }

    /**
     * This query filtered on points of sale.
     *
     * @param keys the centre keys, one request per centre, each listed once; empty for every centre
     * @return the new query
     * @throws TrivecConfigurationException if a key is not letters and digits, or is listed twice
     */
    public TicketQuery withCenters(List<String> keys) {
        return new TicketQuery(includeOpen, includeInternal, includeTraining, includeFreeAddons, keys, userKey);
    }

    /**
     * This query filtered on one user.
     *
     * @param key the user key, empty for every user
     * @return the new query
     */
    public TicketQuery withUser(String key) {
        return new TicketQuery(includeOpen, includeInternal, includeTraining, includeFreeAddons, centerKeys, key);
    }

    private static void requireKey(String what, String key) {
        if (!key.matches("[A-Za-z0-9]+")) {
            throw new TrivecConfigurationException("The " + what + " key '" + key
                    + "' is not a key: expected letters and digits only, such as 12345678900.");
        }
    }
}
