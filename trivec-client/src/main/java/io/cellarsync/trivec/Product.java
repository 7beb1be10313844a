package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A product of the site's catalogue (a POS reference): what {@code /catalog/productlist.json} returns.
 *
 * <p>{@code Vat} arrives as a number on some servers and as an object with a {@code Percentage} on others: both
 * are normalised into {@link #vatRate()}, a percentage (zero when absent).
 *
 * @param key the product's key (the {@code ProductKey} of sale lines)
 * @param number the product's number ({@code ProdNr}; not guaranteed unique)
 * @param name the product's name: the POS label
 * @param shortName the button text, empty when absent
 * @param groupKey the product group's key
 * @param price the unit price including VAT, zero when absent
 * @param vatRate the VAT percentage, e.g. {@code 20} or {@code 5.5}, zero when absent
 * @param productType the product kind, empty when absent
 * @param barCode the barcode, empty when absent
 * @param extraFields every property this type does not model, by its name as sent ({@code $type} dropped)
 */
public record Product(
        String key,
        long number,
        String name,
        String shortName,
        String groupKey,
        BigDecimal price,
        BigDecimal vatRate,
        String productType,
        String barCode,
        Map<String, JsonNode> extraFields) {

    /**
     * Copies the extra fields.
     *
     * @param key the key
     * @param number the number
     * @param name the name
     * @param shortName the button text
     * @param groupKey the group key
     * @param price the price
     * @param vatRate the VAT percentage
     * @param productType the product kind
     * @param barCode the barcode
     * @param extraFields the unmodelled properties
     */
    public Product {
        extraFields = Map.copyOf(extraFields);
    }
}
