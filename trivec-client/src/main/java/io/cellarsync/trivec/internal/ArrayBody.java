package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Opens a body that must be a JSON array. The gateway's error objects (the .NET {@code HttpError} and the
 * problem-details shape) can arrive with a success status, so any object where the array belongs is an error,
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
            throw GatewayErrorObject.failure(context, parser.readValueAsTree(), "a JSON array of " + expected);
        }
        throw context.malformed("expected a JSON array of " + expected + " but got " + JsonValues.describe(token));
    }
}
