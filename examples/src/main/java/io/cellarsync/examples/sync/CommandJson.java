package io.cellarsync.examples.sync;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cellarsync.sync.SyncCommand;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads the engine's commands as the payload of one journal record:
 * {@code {"commands":[{"type":"ImportSales", ...its components...}, ...]}}, where {@code type} is the command
 * record's simple name. Every permitted {@link SyncCommand} is known, so a command the engine gains later is
 * journalled without touching this class. Commands are bound straight from and to bytes, without a tree in
 * between: replaying a year of imports is dominated by the engine, not by JSON.
 */
final class CommandJson {

    /** Adds the {@code type} property to every command. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface TypedCommand {}

    /**
     * The payload.
     *
     * @param commands the commands, in order
     */
    record Payload(List<SyncCommand> commands) {}

    private static final JsonMapper JSON = mapper();

    private CommandJson() {}

    private static JsonMapper mapper() {
        // A record holds only what this class wrote: the reader takes every number the writer wrote, however long
        // (an amount such as --bottles 1e2000 is written as 2001 digits; Jackson's default reading limit of 1000
        // digits would make the journal unreadable after the command was accepted).
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory)
                // Records are written from their components only, never from derived getters such as isPositive().
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                // Amounts are most of a replay's parsing time; the fast parser reads the same exact values.
                .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
                .addMixIn(SyncCommand.class, TypedCommand.class)
                .addModule(JavaTimeAsText.module());
        for (Class<?> permitted : SyncCommand.class.getPermittedSubclasses()) {
            builder.registerSubtypes(new NamedType(permitted, permitted.getSimpleName()));
        }
        return builder.build();
    }

    static byte[] encode(List<SyncCommand> commands) {
        try {
            return JSON.writeValueAsBytes(new Payload(new ArrayList<>(commands)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the commands as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static List<SyncCommand> decode(byte[] payload) {
        try {
            List<SyncCommand> commands = JSON.readValue(payload, Payload.class).commands();
            if (commands == null) {
                throw new IllegalStateException("a journal record has no \"commands\" array");
            }
            return commands;
        } catch (IOException e) {
            throw new IllegalStateException("a journal record cannot be read as commands (" + e.getMessage()
                    .lines().findFirst().orElse("") + "); was it written by another cellarsync version?", e);
        }
    }
}
