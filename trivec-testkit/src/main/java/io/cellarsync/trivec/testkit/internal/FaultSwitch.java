package io.cellarsync.trivec.testkit.internal;

import io.cellarsync.trivec.testkit.Fault;
import org.jspecify.annotations.Nullable;

/** The fault currently injected, for a number of requests or until cleared. Thread-safe. */
public final class FaultSwitch {

    private @Nullable Fault fault;
    private int remaining;

    /**
     * Injects a fault.
     *
     * @param newFault the fault
     * @param times for how many requests; a negative number means until cleared
     */
    public synchronized void set(Fault newFault, int times) {
        this.fault = newFault;
        this.remaining = times;
    }

    /** Clears the fault. */
    public synchronized void clear() {
        this.fault = null;
    }

    /**
     * Takes the fault for one request.
     *
     * @return the fault to answer with, or null for a normal answer
     */
    synchronized @Nullable Fault take() {
        if (fault == null || remaining == 0) {
            return null;
        }
        if (remaining > 0) {
            remaining--;
        }
        return fault;
    }
}
