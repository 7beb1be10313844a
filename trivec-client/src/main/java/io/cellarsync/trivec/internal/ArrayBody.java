package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Opens a body that must be a JSON array. The gateway's error objects (the .NET {@code HttpError} and the
 * problem-details shape) can arrive with a success status, so an object where the array belongs is an error,
 * never an empty result.
 */
final class ArrayBody {

    private ArrayBody() {}

    static void open(JsonParser parser, ResponseContext context, String expected) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw context.malformed("the body is empty, expected a JSON array of " + expected);
        }
        if (token == JsonToken.START_ARRAY) {
            return;
        }
        if (token == JsonToken.START_OBJECT) {
            JsonNode error = parser.readValueAsTree();
            String message = errorMessage(error);
            if (message.toLowerCase(Locale.ROOT).contains("no http resource")) {
                throw context.notFound(message);
            }
            throw context.malformed("expected a JSON array of " + expected + " but got an object"
                    + (message.isEmpty() ? "" : " saying '" + message + "'"));
        }
        throw context.malformed("expected a JSON array of " + expected + " but got " + JsonValues.describe(token));
    }

    /** The {@code Message}/{@code title} of an error object, or empty. */
    private static String errorMessage(JsonNode error) {
        StringBuilder message = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = error.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey().toLowerCase(Locale.ROOT);
            if ((name.equals("message") || name.equals("title") || name.equals("messagedetail"))
                    && field.getValue().isTextual()) {
                if (message.length() > 0) {
                    message.append(' ');
                }
                message.append(field.getValue().asText());
            }
        }
        return message.toString();
    }
}
