package io.cellarsync.trivec.testkit.internal;

/**
 * A generated point of sale.
 *
 * @param key the centre key (13 digits)
 * @param name the centre name
 * @param leftNr the nested-set left bound
 * @param rightNr the nested-set right bound
 */
public record SimCentre(String key, String name, long leftNr, long rightNr) {
}
