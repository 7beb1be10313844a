package io.cellarsync.trivec.testkit.internal;

import java.math.BigDecimal;

/**
 * A generated catalogue product.
 *
 * @param key the product key
 * @param number the product number
 * @param name the POS label
 * @param groupKey the group key
 * @param groupName the group name
 * @param groupNr the group number
 * @param price the unit price including VAT
 * @param vatRate the VAT percentage
 * @param vatNr the VAT code index
 * @param wine whether the product is a wine
 * @param menu whether the product is a menu header
 */
public record SimProduct(String key, long number, String name, String groupKey, String groupName, long groupNr,
        BigDecimal price, BigDecimal vatRate, int vatNr, boolean wine, boolean menu) {
}
