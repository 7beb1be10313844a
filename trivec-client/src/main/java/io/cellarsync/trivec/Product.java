package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A product of the site's catalogue (a POS reference): what {@code /catalog/productlist.json} returns.
 *
 * <p>{@code Vat} arrives as a number on some servers and as an object with a {@code Percentage} on others: both
 * are normalised into {@link #vatRate()}, a percentage. A product without {@code Vat}, or whose {@code Vat} object
 * names a VAT code but no rate, has no rate ({@code null}): the gateway did not say it, and 0 % would be a rate of its
 * own. An absent {@code Price} is zero: the gateway leaves out zero numbers (gateway notes §7).
 *
 * @param key the product's key (the {@code ProductKey} of sale lines)
 * @param number the product's number ({@code ProdNr}; not guaranteed unique)
 * @param name the product's name: the POS label
 * @param shortName the button text, empty when absent
 * @param groupKey the product group's key
 * @param price the unit price including VAT, zero when absent (the gateway leaves out zeros)
 * @param vatRate the VAT percentage, e.g. {@code 20} or {@code 5.5}, or {@code null} when the gateway sent no rate
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
        @Nullable BigDecimal vatRate,
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
     * @param vatRate the VAT percentage, or {@code null}
     * @param productType the product kind
     * @param barCode the barcode
     * @param extraFields the unmodelled properties
     */
    public Product {
        extraFields = Map.copyOf(extraFields);
    }
}
