package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a catalogue body (an array of objects) or a single object (account info). */
public final class CatalogueReader {

    private CatalogueReader() {}

    /**
     * Reads an array body.
     *
     * @param json the JSON support
     * @param context the response
     * @param what what the elements are, for messages (e.g. {@code products})
     * @param mapping from one element to its model
     * @param <T> the model type
     * @return the elements, in the order sent
     */
    public static <T> List<T> readArray(JsonSupport json, ResponseContext context, String what,
            Function<JsonNode, T> mapping) {
        try (JsonParser parser = json.parser(context.body())) {
            ArrayBody.open(parser, context, what);
            List<T> elements = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw context.malformed("the body ended before the array of " + what + " was closed");
                }
                JsonNode element = parser.readValueAsTree();
                try {
                    elements.add(mapping.apply(element));
                } catch (MalformedValueException e) {
                    throw context.malformed("element " + elements.size() + " of " + what + ": " + e.getMessage());
                }
            }
            return elements;
        } catch (IOException | RuntimeException e) {
            throw context.failure(e);
        }
    }

    /**
     * Reads a single-object body. The gateway's error objects, which may come with status 200, fail as they do
     * where an array belongs, never as an empty result.
     *
     * @param json the JSON support
     * @param context the response
     * @param what what the object is, for messages
     * @param mapping from the object to its model
     * @param <T> the model type
     * @return the model
     */
    public static <T> T readObject(JsonSupport json, ResponseContext context, String what,
            Function<JsonNode, T> mapping) {
        try (JsonParser parser = json.parser(context.body())) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw context.malformed("expected a JSON object (" + what + ") but got "
                        + (token == null ? "an empty body" : JsonValues.describe(token)));
            }
            JsonNode object = parser.readValueAsTree();
            if (GatewayErrorObject.isError(object)) {
                throw GatewayErrorObject.failure(context, object, "the " + what);
            }
            try {
                return mapping.apply(object);
            } catch (MalformedValueException e) {
                throw context.malformed(what + ": " + e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            throw context.failure(e);
        }
    }
}
