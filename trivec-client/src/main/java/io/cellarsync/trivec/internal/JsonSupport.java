package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one Jackson configuration of the client: decimals kept exact (a 28-digit {@code TotalEx} survives), parsers
 * with a codec so unknown properties can be kept as trees.
 */
public final class JsonSupport {

    private static final JsonSupport INSTANCE = new JsonSupport();

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
            .build();

    private JsonSupport() {}

    /**
     * The shared instance (thread-safe).
     *
     * @return the instance
     */
    public static JsonSupport instance() {
        return INSTANCE;
    }

    JsonParser parser(InputStream body) throws IOException {
        return mapper.createParser(body);
    }
}
