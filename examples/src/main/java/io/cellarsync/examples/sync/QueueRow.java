package io.cellarsync.examples.sync;

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
 */
record QueueRow(String site, String posProductKey, String posName, boolean sold, BigDecimal quantity,
        BigDecimal revenue) {

    static QueueRow of(QueueEntry entry) {
        return new QueueRow(entry.reference().site().code(), entry.reference().productKey(), entry.posName(),
                entry.sold(), entry.quantity(), entry.revenue());
    }
}
