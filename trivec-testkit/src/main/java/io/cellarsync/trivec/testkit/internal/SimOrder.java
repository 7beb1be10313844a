package io.cellarsync.trivec.testkit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A generated order round.
 *
 * @param key the order key
 * @param actionId the action id (0 for a plain round)
 * @param date the business date
 * @param actualDate the calendar date
 * @param time the time of entry
 * @param userKey the user key
 * @param userName the user name
 * @param lines the lines
 * @param payments the payment amounts (one payment line each)
 */
public record SimOrder(String key, int actionId, LocalDate date, LocalDate actualDate, LocalTime time,
        String userKey, String userName, List<SimLine> lines, List<BigDecimal> payments) {
}
