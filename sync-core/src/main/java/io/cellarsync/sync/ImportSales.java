package io.cellarsync.sync;

import java.util.List;

/**
 * Imports a batch of whole tickets, typically one or more business days (semantic 2). Each ticket replaces its earlier
 * version and only the difference moves stock; importing the same tickets again changes nothing. Every ticket's site
 * must be known (a catalogue was imported for it), or the whole batch is rejected.
 *
 * @param tickets the tickets, in their newest version; a later ticket of the batch with the same key wins
 * @param centres when not empty, only tickets of these points of sale are imported (semantic 14)
 */
public record ImportSales(List<SaleTicket> tickets, List<String> centres) implements SyncCommand {

    /** Copies the lists. */
    public ImportSales {
        tickets = List.copyOf(tickets);
        centres = List.copyOf(centres);
    }

    /**
     * Imports the tickets of every point of sale.
     *
     * @param tickets the tickets
     * @return the command
     */
    public static ImportSales of(List<SaleTicket> tickets) {
        return new ImportSales(tickets, List.of());
    }
}
