package io.cellarsync.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A sales ledger written only to the port's contract, as a host would over its own tables: for tests. */
final class PlainSalesLedger implements SalesLedger {

    private final Map<List<String>, RecordedTicket> tickets = new HashMap<>();
    private final Map<PosReferenceId, LinkedHashSet<List<String>>> byReference = new HashMap<>();

    @Override
    public Optional<RecordedTicket> ticket(SiteId site, String ticketKey) {
        return Optional.ofNullable(tickets.get(List.of(site.code(), ticketKey)));
    }

    @Override
    public void record(RecordedTicket ticket) {
        List<String> key = List.of(ticket.ticket().site().code(), ticket.ticket().ticketKey());
        tickets.put(key, ticket);
        for (int i = 0; i < ticket.size(); i++) {
            byReference.computeIfAbsent(ticket.reference(i), r -> new LinkedHashSet<>()).add(key);
        }
    }

    @Override
    public List<RecordedTicket> ticketsOf(PosReferenceId reference) {
        List<RecordedTicket> found = new ArrayList<>();
        for (List<String> key : byReference.getOrDefault(reference, new LinkedHashSet<>())) {
            found.add(tickets.get(key));
        }
        return found;
    }
}
