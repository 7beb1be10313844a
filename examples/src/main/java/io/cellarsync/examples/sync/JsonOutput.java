package io.cellarsync.examples.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;

/**
 * Writes a command's {@code --json} result: camelCase names, amounts as exact plain JSON numbers (never
 * {@code 1E+1}), dates and instants as ISO-8601 text, one document per command followed by a newline.
 */
final class JsonOutput {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addModule(JavaTimeAsText.module())
            .build();

    private JsonOutput() {}

    static void print(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result as JSON: " + e.getOriginalMessage(), e);
        }
        out.flush();
    }
}
