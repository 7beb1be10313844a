package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cellarsync.trivec.TrivecDate;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The properties of one catalogue object, looked up ignoring case; whatever is not asked for ends up in the
 * extra fields. Catalogue bodies are small, so each element is read as a tree first.
 */
final class NodeFields {

    private final Map<String, Map.Entry<String, JsonNode>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, JsonNode> unread = new LinkedHashMap<>();

    NodeFields(JsonNode object) {
        if (!object.isObject()) {
            throw new MalformedValueException("an element is "
                    + object.getNodeType().toString().toLowerCase(Locale.ROOT) + ", expected an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            byName.put(field.getKey(), field);
            if (!Extras.TYPE.equals(field.getKey())) {
                unread.put(field.getKey(), field.getValue());
            }
        }
    }

    @Nullable JsonNode node(String name) {
        Map.Entry<String, JsonNode> field = byName.get(name);
        if (field == null || field.getValue().isNull()) {
            return null;
        }
        unread.remove(field.getKey());
        return field.getValue();
    }

    String text(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return "";
        }
        if (!node.isValueNode()) {
            throw new MalformedValueException("field '" + name + "' holds a structure, expected text");
        }
        return node.asText();
    }

    BigDecimal decimal(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return BigDecimal.ZERO;
        }
        return decimalOf(node, name);
    }

    static BigDecimal decimalOf(JsonNode node, String name) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            return JsonValues.decimal(node.asText(), name);
        }
        throw new MalformedValueException("field '" + name + "' holds " + node.getNodeType().toString()
                .toLowerCase(Locale.ROOT) + ", expected a number");
    }

    long integer(String name) {
        BigDecimal value = decimal(name);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedValueException("field '" + name + "' holds " + value + ", expected a whole number");
        }
    }

    int smallInteger(String name) {
        return JsonValues.smallInteger(integer(name), name);
    }

    TrivecDate date(String name) {
        JsonNode node = node(name);
        return node == null ? TrivecDate.none() : JsonValues.date(node.asText(), name);
    }

    Map<String, JsonNode> extras() {
        return unread;
    }
}
