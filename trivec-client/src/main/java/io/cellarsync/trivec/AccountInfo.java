package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A customer account ({@code /account/info.json/{accountKey}}).
 *
 * @param key the account's key
 * @param clientNr the client number, empty when absent
 * @param firstName the first name, empty when absent
 * @param lastName the last name, empty when absent
 * @param companyName the company name, empty when absent
 * @param extraFields every property this type does not model, by its name as sent ({@code $type} dropped)
 */
public record AccountInfo(
        String key,
        String clientNr,
        String firstName,
        String lastName,
        String companyName,
        Map<String, JsonNode> extraFields) {

    /**
     * Copies the extra fields.
     *
     * @param key the key
     * @param clientNr the client number
     * @param firstName the first name
     * @param lastName the last name
     * @param companyName the company
     * @param extraFields the unmodelled properties
     */
    public AccountInfo {
        extraFields = Map.copyOf(extraFields);
    }
}
