package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A product group of the catalogue's nested-set tree ({@code /catalog/productgrouplist.json}).
 *
 * @param key the group's key (the {@code GroupKey} of products and lines)
 * @param name the group's name
 * @param groupNr the group's number, 0 when absent
 * @param groupLevel the depth in the tree (root = 1), 0 when absent
 * @param leftNr the nested-set left bound
 * @param rightNr the nested-set right bound
 * @param extraFields every property this type does not model, by its name as sent ({@code $type} dropped)
 */
public record ProductGroup(
        String key,
        String name,
        long groupNr,
        int groupLevel,
        long leftNr,
        long rightNr,
        Map<String, JsonNode> extraFields) {

    /**
     * Copies the extra fields.
     *
     * @param key the key
     * @param name the name
     * @param groupNr the number
     * @param groupLevel the depth
     * @param leftNr the left bound
     * @param rightNr the right bound
     * @param extraFields the unmodelled properties
     */
    public ProductGroup {
        extraFields = Map.copyOf(extraFields);
    }
}
