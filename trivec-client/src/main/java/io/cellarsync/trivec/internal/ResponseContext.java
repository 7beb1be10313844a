package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.cellarsync.trivec.TrivecException;
import io.cellarsync.trivec.TrivecMalformedResponseException;
import io.cellarsync.trivec.TrivecNotFoundException;
import io.cellarsync.trivec.TrivecTransportException;
import java.io.IOException;
import java.io.InputStream;

/**
 * What a body reader needs to report a failure: the operation, the site, the status and the head of the body,
 * all free of the key.
 */
public final class ResponseContext {

    private final String operation;
    private final String site;
    private final int status;
    private final Redactor redactor;
    private final HeadRecordingInputStream body;

    /**
     * A context for one response body.
     *
     * @param operation the operation
     * @param site the site code
     * @param status the HTTP status
     * @param redactor the key redactor
     * @param body the raw body
     */
    public ResponseContext(String operation, String site, int status, Redactor redactor, InputStream body) {
        this.operation = operation;
        this.site = site;
        this.status = status;
        this.redactor = redactor;
        this.body = new HeadRecordingInputStream(body);
    }

    /**
     * The body to parse (it records its head for error excerpts).
     *
     * @return the body stream
     */
    public InputStream body() {
        return body;
    }

    String site() {
        return site;
    }

    TrivecMalformedResponseException malformed(String what) {
        return new TrivecMalformedResponseException(prefix() + " returned a malformed response (HTTP " + status
                + "): " + redactor.redact(what) + ". Body starts: " + excerpt(), status, operation, site, excerpt(),
                null);
    }

    TrivecNotFoundException notFound(String what) {
        return new TrivecNotFoundException(prefix() + ": this gateway server has no such resource (HTTP " + status
                + "): " + redactor.redact(what), status, operation, site, excerpt(), null);
    }

    /**
     * Turns a failure met while reading the body into the typed exception.
     *
     * @param failure what the parser or the stream threw
     * @return the exception to throw
     */
    public TrivecException failure(Exception failure) {
        if (failure instanceof TrivecException trivec) {
            return trivec;
        }
        if (failure instanceof MalformedValueException value) {
            return malformed(value.getMessage());
        }
        if (failure instanceof JsonEOFException) {
            return malformed("the body was cut off before the JSON ended (truncated)");
        }
        if (failure instanceof JsonProcessingException json) {
            return malformed(String.valueOf(json.getOriginalMessage()));
        }
        if (failure instanceof IOException io) {
            return new TrivecTransportException(prefix() + ": the connection failed while the body was read: "
                    + redactor.redact(String.valueOf(io)), status, operation, site, excerpt(),
                    Sanitized.copy(io, redactor));
        }
        if (failure instanceof ArithmeticException || failure instanceof IllegalArgumentException
                || failure instanceof java.time.DateTimeException) {
            // A value out of the range of its field (an ActionId beyond int, ...): the response is at fault.
            return malformed("a value is out of range: " + failure.getMessage());
        }
        throw new IllegalStateException(redactor.redact(String.valueOf(failure)));
    }

    private String prefix() {
        return "Trivec site " + site + ": GET " + operation;
    }

    private String excerpt() {
        return redactor.redactCut(body.head().strip(), body.full());
    }
}
