package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds the field a property name stands for, ignoring case: the exact PascalCase name is found with one lookup,
 * other casings (other generations of the API use camelCase) with a second one on the lower-cased name. The
 * answer for any other name (the fields a type keeps as extras) is remembered, so a large day does not lower-case
 * the same names millions of times; the memory is bounded.
 *
 * @param <F> the enum of a type's fields
 */
final class FieldLookup<F extends Enum<F>> {

    private static final int MAX_REMEMBERED = 512;

    private final Map<String, F> byName = new HashMap<>();
    private final Map<String, Optional<F>> remembered = new ConcurrentHashMap<>();

    FieldLookup(F[] fields, Function<F, String> wireName) {
        for (F field : fields) {
            byName.put(wireName.apply(field), field);
            byName.put(wireName.apply(field).toLowerCase(Locale.ROOT), field);
        }
    }

    @Nullable F find(String name) {
        F field = byName.get(name);
        if (field != null) {
            return field;
        }
        Optional<F> known = remembered.get(name);
        if (known != null) {
            return known.orElse(null);
        }
        F found = byName.get(name.toLowerCase(Locale.ROOT));
        if (remembered.size() < MAX_REMEMBERED) {
            remembered.put(name, Optional.ofNullable(found));
        }
        return found;
    }

    /**
     * Reads the fields of the object the parser is in, up to its end: known fields into the builder, the others
     * as its extras. The one loop every model reader shares.
     *
     * @param parser the parser, inside an object
     * @param builder the object being read
     * @param <B> the builder's type
     * @return the builder
     * @throws IOException when a value cannot be read
     */
    <B extends ObjectBuilder<F>> B readFields(JsonParser parser, B builder) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            F field = find(name);
            if (field == null) {
                builder.extras = Extras.keep(builder.extras, name, parser);
            } else {
                builder.set(field, name, parser);
            }
        }
        return builder;
    }
}
