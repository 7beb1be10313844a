package io.cellarsync.trivec.testkit;

/**
 * A failure the simulator can be told to answer with ({@link GatewaySimulator#injectFault(Fault, int)}).
 * What a real gateway answers for a bad key or an offline venue is not documented: the statuses below are the
 * plausible ones a client must handle.
 */
public enum Fault {
    /** 401 with an ASP.NET "Authorization has been denied" object. */
    UNAUTHORIZED,
    /**
     * 404 with the .NET {@code HttpError} "No HTTP resource was found" object, echoing the URI as the gateway does,
     * with the key only when it is the public {@link SimulatorConfig#DEFAULT_APP_ID} (any other key shown as
     * {@code ***}).
     */
    NOT_FOUND,
    /** 429 with {@code Retry-After: 1}. */
    RATE_LIMITED,
    /** 503, as when the venue's server is offline. */
    SERVICE_UNAVAILABLE,
    /** The normal response, after the configured slow delay. */
    SLOW,
    /** 200 with an HTML page instead of JSON. */
    MALFORMED,
    /** 200 with the normal body cut in the middle. */
    TRUNCATED,
    /** 200 with a .NET {@code HttpError} object instead of the array. */
    ERROR_OBJECT_200
}
