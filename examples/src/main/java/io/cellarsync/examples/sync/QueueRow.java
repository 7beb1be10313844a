package io.cellarsync.examples.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cellarsync.examples.matching.ProposalJson;
import io.cellarsync.matching.Proposal;
import io.cellarsync.sync.QueueEntry;
import java.math.BigDecimal;

/**
 * One line of {@code cellarsync queue --json}. Every row is built by {@link #of}, the one place to extend when
 * the queue gains a field (the matcher's {@code suggestion}, for instance).
 *
 * @param site the site the reference belongs to
 * @param posProductKey the POS product key
 * @param posName the reference's current POS name
 * @param sold whether it has billed sales (R5's tag icon), rather than being only in the catalogue
 * @param quantity the quantity sold, signed
 * @param revenue the revenue of those sales, VAT included (R6)
 * @param suggestion the matcher's suggestion for the POS name (R9), in the shape of {@code cellarsync match --json}
 */
record QueueRow(String site, String posProductKey, String posName, boolean sold, BigDecimal quantity,
        BigDecimal revenue, ObjectNode suggestion) {

    static QueueRow of(QueueEntry entry, Proposal suggestion) {
        return new QueueRow(entry.reference().site().code(), entry.reference().productKey(), entry.posName(),
                entry.sold(), entry.quantity(), entry.revenue(), ProposalJson.of(suggestion));
    }
}
