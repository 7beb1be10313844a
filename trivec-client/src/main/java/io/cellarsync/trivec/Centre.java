package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A point of sale (revenue centre) of the site ({@code /centers.json}, rule R1).
 *
 * @param key the centre's key (the {@code CenterKey} of tickets, the {@code center} filter)
 * @param name the centre's name
 * @param centerNr the centre's number (a string), empty when absent
 * @param groupLevel the depth in the centre tree, 0 when absent
 * @param leftNr the nested-set left bound
 * @param rightNr the nested-set right bound
 * @param extraFields every property this type does not model, by its name as sent ({@code $type} dropped)
 */
public record Centre(
        String key,
        String name,
        String centerNr,
        int groupLevel,
        long leftNr,
        long rightNr,
        Map<String, JsonNode> extraFields) {

    /**
     * Copies the extra fields.
     *
     * @param key the key
     * @param name the name
     * @param centerNr the number
     * @param groupLevel the depth
     * @param leftNr the left bound
     * @param rightNr the right bound
     * @param extraFields the unmodelled properties
     */
    public Centre {
        extraFields = Map.copyOf(extraFields);
    }
}
