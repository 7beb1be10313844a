package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A payment mode group of the nested-set tree ({@code /catalog/paymodegrouplist.json}).
 *
 * @param key the group's key (the {@code GroupKey} of payment lines)
 * @param name the group's name
 * @param groupLevel the depth in the tree (root = 1), 0 when absent
 * @param leftNr the nested-set left bound
 * @param rightNr the nested-set right bound
 * @param extraFields every property this type does not model, by its name as sent ({@code $type} dropped)
 */
public record PaymodeGroup(
        String key,
        String name,
        int groupLevel,
        long leftNr,
        long rightNr,
        Map<String, JsonNode> extraFields) {

    /**
     * Copies the extra fields.
     *
     * @param key the key
     * @param name the name
     * @param groupLevel the depth
     * @param leftNr the left bound
     * @param rightNr the right bound
     * @param extraFields the unmodelled properties
     */
    public PaymodeGroup {
        extraFields = Map.copyOf(extraFields);
    }
}
