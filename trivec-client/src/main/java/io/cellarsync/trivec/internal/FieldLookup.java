package io.cellarsync.trivec.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds the field a property name stands for, ignoring case: the exact PascalCase name is found with one lookup,
 * other casings (other generations of the API use camelCase) with a second one on the lower-cased name.
 *
 * @param <F> the enum of a type's fields
 */
final class FieldLookup<F extends Enum<F>> {

    private final Map<String, F> byName = new HashMap<>();

    FieldLookup(F[] fields, Function<F, String> wireName) {
        for (F field : fields) {
            byName.put(wireName.apply(field), field);
            byName.put(wireName.apply(field).toLowerCase(Locale.ROOT), field);
        }
    }

    @Nullable F find(String name) {
        F field = byName.get(name);
        return field != null ? field : byName.get(name.toLowerCase(Locale.ROOT));
    }
}
