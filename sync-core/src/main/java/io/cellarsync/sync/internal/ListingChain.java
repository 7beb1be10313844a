package io.cellarsync.sync.internal;

/**
 * The head of a reference's chain of ticket listings in the in-memory sales ledger's log. Each reference's state makes
 * its own when it is made, so that the two sit side by side in memory and an import reaching the state has the head at
 * hand; the ledger adopts it the first time it lists a ticket under the reference.
 */
final class ListingChain {

    /** The position in the log of the reference's last listing, or -1. */
    long last = -1;
    /** Whether the ledger knows this chain as the reference's. */
    boolean adopted;
}
