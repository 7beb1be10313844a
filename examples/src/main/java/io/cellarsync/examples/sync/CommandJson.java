package io.cellarsync.examples.sync;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cellarsync.sync.SyncCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the engine's commands as the payload of one journal record:
 * {@code {"commands":[{"type":"ImportSales","command":{...}}, ...]}}, where {@code type} is the command record's
 * simple name and {@code command} its components. Every permitted {@link SyncCommand} is known, so a command the
 * engine gains later is journalled without touching this class.
 */
final class CommandJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            // Records are written from their components only, never from derived getters such as isPositive().
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addModule(JavaTimeAsText.module())
            .build();

    private static final Map<String, Class<? extends SyncCommand>> TYPES = types();

    private CommandJson() {}

    static JsonNode encode(List<SyncCommand> commands) {
        ObjectNode payload = JSON.createObjectNode();
        ArrayNode array = payload.putArray("commands");
        for (SyncCommand command : commands) {
            ObjectNode entry = array.addObject();
            entry.put("type", command.getClass().getSimpleName());
            entry.set("command", JSON.valueToTree(command));
        }
        return payload;
    }

    static List<SyncCommand> decode(JsonNode payload) {
        JsonNode array = payload.path("commands");
        if (!array.isArray()) {
            throw new IllegalStateException("a journal record has no \"commands\" array: " + excerpt(payload));
        }
        List<SyncCommand> commands = new ArrayList<>();
        for (JsonNode entry : array) {
            String type = entry.path("type").asText();
            Class<? extends SyncCommand> commandClass = TYPES.get(type);
            if (commandClass == null) {
                throw new IllegalStateException("a journal record holds a command of unknown type '" + type
                        + "'; known types: " + TYPES.keySet() + ". Was it written by a newer cellarsync?");
            }
            try {
                commands.add(JSON.treeToValue(entry.path("command"), commandClass));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IllegalStateException("a journal record's " + type + " command cannot be read: "
                        + e.getMessage(), e);
            }
        }
        return commands;
    }

    private static String excerpt(JsonNode node) {
        String text = node.toString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends SyncCommand>> types() {
        Map<String, Class<? extends SyncCommand>> types = new HashMap<>();
        for (Class<?> permitted : SyncCommand.class.getPermittedSubclasses()) {
            types.put(permitted.getSimpleName(), (Class<? extends SyncCommand>) permitted);
        }
        return Map.copyOf(types);
    }
}
