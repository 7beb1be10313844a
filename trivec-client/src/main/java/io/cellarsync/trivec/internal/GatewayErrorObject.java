package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cellarsync.trivec.TrivecException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's two error objects (notes §9): the ASP.NET Web API {@code HttpError} ({@code $type}
 * {@code System.Web.Http.HttpError}, a {@code Message}, a {@code MessageDetail}) and the ASP.NET Core
 * problem-details object ({@code type}, {@code title}, {@code status}, {@code traceId}, {@code errors}). Both may
 * arrive with a success status, so a body is checked for them before it is read as a result.
 */
final class GatewayErrorObject {

    /** The properties of an {@code HttpError}, lower-cased; an object with only these (and a message) is one. */
    private static final Set<String> HTTP_ERROR_FIELDS = Set.of("$type", "message", "messagedetail",
            "exceptionmessage", "exceptiontype", "stacktrace", "innerexception", "modelstate");

    private GatewayErrorObject() {}

    /**
     * Whether an object is one of the gateway's error objects rather than a result.
     *
     * @param object a JSON object
     * @return true for an {@code HttpError} (by its {@code $type}, or made only of its properties) or a
     *     problem-details object (a {@code title}, an error {@code status} and a {@code type}, {@code traceId} or
     *     {@code errors})
     */
    static boolean isError(JsonNode object) {
        JsonNode type = field(object, "$type");
        if (type != null && type.asText().startsWith("System.Web.Http.HttpError")) {
            return true;
        }
        return isHttpErrorShape(object) || isProblemDetails(object);
    }

    private static boolean isHttpErrorShape(JsonNode object) {
        if (field(object, "message") == null) {
            return false;
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            if (!HTTP_ERROR_FIELDS.contains(names.next().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProblemDetails(JsonNode object) {
        JsonNode title = field(object, "title");
        JsonNode status = field(object, "status");
        return title != null && title.isTextual() && status != null && status.canConvertToInt()
                && status.asInt() >= 400 && status.asInt() < 600
                && (field(object, "type") != null || field(object, "traceid") != null
                        || field(object, "errors") != null);
    }

    /**
     * The failure an error object stands for, as the array endpoints report it: "No HTTP resource" is
     * {@link io.cellarsync.trivec.TrivecNotFoundException}, anything else a malformed response quoting its message.
     *
     * @param context the response
     * @param error the error object
     * @param expected what the body should have held, e.g. {@code a JSON array of tickets}
     * @return the exception to throw
     */
    static TrivecException failure(ResponseContext context, JsonNode error, String expected) {
        String message = messageOf(error);
        if (message.toLowerCase(Locale.ROOT).contains("no http resource")) {
            return context.notFound(message);
        }
        return context.malformed("expected " + expected + " but got an error object"
                + (message.isEmpty() ? "" : " saying '" + message + "'"));
    }

    /** The {@code Message}, {@code title} and {@code MessageDetail} of an error object, or empty. */
    private static String messageOf(JsonNode error) {
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

    private static @Nullable JsonNode field(JsonNode object, String lowerCaseName) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                return field.getValue();
            }
        }
        return null;
    }
}
