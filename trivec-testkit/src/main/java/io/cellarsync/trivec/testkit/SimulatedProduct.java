package io.cellarsync.trivec.testkit;

import java.math.BigDecimal;

/**
 * A product of the simulated catalogue, as {@code /catalog/productlist.json} serves it.
 *
 * @param key the product key
 * @param number the product number
 * @param name the POS label, e.g. {@code CH MARGAUX 2015 BTL}
 * @param groupKey the group key
 * @param groupName the group name
 * @param price the unit price including VAT
 * @param vatRate the VAT percentage
 * @param wine whether it is a wine (a bottle, a glass, a carafe)
 */
public record SimulatedProduct(String key, long number, String name, String groupKey, String groupName,
        BigDecimal price, BigDecimal vatRate, boolean wine) {
}
