package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A staff member of the site ({@code /users.json}; the shape is not documented, other fields are in {@link #extraFields()}).
 *
 * @param key the user's key (the {@code UserKey} of tickets and orders, the {@code user} filter)
 * @param name the user's name
 * @param extraFields every property this type does not model, by its name as sent ({@code $type} dropped)
 */
public record User(
        String key,
        String name,
        Map<String, JsonNode> extraFields) {

    /**
     * Copies the extra fields.
     *
     * @param key the key
     * @param name the name
     * @param extraFields the unmodelled properties
     */
    public User {
        extraFields = Map.copyOf(extraFields);
    }
}
