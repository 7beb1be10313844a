package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A payment mode definition ({@code /catalog/paymodelist.json}; the route may not exist on every server).
 *
 * @param key the definition's key (the {@code PaymodeKey} of payment lines)
 * @param name the tender's name
 * @param number the tender's number ({@code ProdNr}), 0 when absent
 * @param groupKey the payment mode group's key
 * @param paymodeType the tender kind, empty when absent
 * @param extraFields every property this type does not model, by its name as sent ({@code $type} dropped)
 */
public record PaymodeDefinition(
        String key,
        String name,
        long number,
        String groupKey,
        String paymodeType,
        Map<String, JsonNode> extraFields) {

    /**
     * Copies the extra fields.
     *
     * @param key the key
     * @param name the name
     * @param number the number
     * @param groupKey the group key
     * @param paymodeType the kind
     * @param extraFields the unmodelled properties
     */
    public PaymodeDefinition {
        extraFields = Map.copyOf(extraFields);
    }
}
