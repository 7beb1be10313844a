package io.cellarsync.trivec.internal;

/** A value in a response that cannot be read as what its field holds; turned into a malformed-response error. */
final class MalformedValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MalformedValueException(String message) {
        super(message, null, false, false);
    }
}
