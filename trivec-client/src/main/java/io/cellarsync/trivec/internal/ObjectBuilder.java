package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A model object being read field by field by {@link FieldLookup#readFields}: the fields the model knows go to
 * {@link #set}, the others are kept as its extras (the gateway adds properties over time).
 *
 * @param <F> the enum of the object's known fields
 */
abstract class ObjectBuilder<F extends Enum<F>> {

    /** The unmodelled properties seen so far, or null while there are none. */
    @Nullable Map<String, JsonNode> extras;

    /**
     * Reads the value of a known field; the parser stands on the value's first token.
     *
     * @param field the field
     * @param name the property name as sent, for messages
     * @param p the parser
     * @throws IOException when the value cannot be read
     */
    abstract void set(F field, String name, JsonParser p) throws IOException;
}
