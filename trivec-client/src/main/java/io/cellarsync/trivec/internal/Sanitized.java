package io.cellarsync.trivec.internal;

import java.io.IOException;

/** Copies of foreign exceptions whose messages might hold the key, made safe to chain as causes. */
final class Sanitized {

    private Sanitized() {}

    static IOException copy(Throwable failure, Redactor redactor) {
        IOException copy = new IOException(redactor.redact(failure.getClass().getName() + ": "
                + failure.getMessage()));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }
}
