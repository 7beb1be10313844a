package io.cellarsync.matching;

/** A wine's colour as a label or a library entry states it; {@link #UNKNOWN} when neither says. */
enum Colour {
    RED, WHITE, ROSE, UNKNOWN;

    boolean conflictsWith(Colour other) {
        return this != UNKNOWN && other != UNKNOWN && this != other;
    }
}
