package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A payment line inside an order (the gateway calls it a {@code Paymode}), usually in the billing round.
 *
 * @param key the gateway's payment line key: positional, not unique
 * @param paymodeKey the key of the payment mode definition
 * @param paymodeName the tender's name, e.g. {@code Pin} or {@code Cash}
 * @param paymodeNr the tender's number
 * @param paymodeType the tender kind, e.g. {@code Normal}
 * @param groupKey the payment mode group's key
 * @param groupName the payment mode group's name
 * @param price the unit amount
 * @param qty the quantity
 * @param total the amount tendered ({@code Price × Qty}); carries no VAT split
 * @param tip the tip, zero when absent
 * @param transactionCost the fee, zero when absent
 * @param extraFields every property this type does not model, by its name as sent ({@code $type} dropped)
 */
public record Paymode(
        String key,
        String paymodeKey,
        String paymodeName,
        long paymodeNr,
        String paymodeType,
        String groupKey,
        String groupName,
        BigDecimal price,
        BigDecimal qty,
        BigDecimal total,
        BigDecimal tip,
        BigDecimal transactionCost,
        Map<String, JsonNode> extraFields) {

    /**
     * Copies the extra fields.
     *
     * @param key the line key
     * @param paymodeKey the definition key
     * @param paymodeName the tender name
     * @param paymodeNr the tender number
     * @param paymodeType the tender kind
     * @param groupKey the group key
     * @param groupName the group name
     * @param price the unit amount
     * @param qty the quantity
     * @param total the amount tendered
     * @param tip the tip
     * @param transactionCost the fee
     * @param extraFields the unmodelled properties
     */
    public Paymode {
        extraFields = Map.copyOf(extraFields);
    }
}
