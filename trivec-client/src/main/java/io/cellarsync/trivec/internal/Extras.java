package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Keeps the properties a model type does not know (the gateway adds fields over time), except {@code $type}. */
final class Extras {

    static final String TYPE = "$type";

    private Extras() {}

    static @Nullable Map<String, JsonNode> keep(@Nullable Map<String, JsonNode> extras, String name,
            JsonParser parser) throws IOException {
        if (TYPE.equals(name)) {
            parser.skipChildren();
            return extras;
        }
        Map<String, JsonNode> kept = extras == null ? new LinkedHashMap<>() : extras;
        kept.put(name, TreeReader.read(parser));
        return kept;
    }

    static Map<String, JsonNode> of(@Nullable Map<String, JsonNode> extras) {
        return extras == null ? Map.of() : extras;
    }
}
