package io.cellarsync.examples.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * {@link LocalDate} and {@link Instant} as ISO-8601 text ({@code 2026-03-01}, {@code 2026-03-01T05:00:00Z}),
 * without depending on the jsr310 module (not among the runner's dependencies).
 */
final class JavaTimeAsText {

    private JavaTimeAsText() {}

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("java-time-as-text");
        add(module, LocalDate.class, LocalDate::parse);
        add(module, Instant.class, Instant::parse);
        return module;
    }

    private static <T> void add(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(value.toString());
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = parser.getValueAsString();
                try {
                    return parse.apply(text);
                } catch (RuntimeException e) {
                    return type.cast(context.handleWeirdStringValue(type, text, "expected an ISO-8601 %s",
                            type.getSimpleName()));
                }
            }
        });
    }
}
