package io.cellarsync.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The result of sending a command to the {@link SyncEngine}: applied whole, or rejected with nothing applied. */
public sealed interface SyncOutcome {

    /**
     * Whether the command was applied.
     *
     * @return {@code true} for {@link Applied}
     */
    boolean applied();

    /**
     * The command was applied.
     *
     * @param at the instant it was applied at
     * @param events the events it produced, in order; empty when it changed nothing
     * @param summary counts of what changed
     */
    record Applied(Instant at, List<SyncEvent> events, ChangeSummary summary) implements SyncOutcome {

        /** Checks the components and copies the events. */
        public Applied {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(summary, "summary");
            events = List.copyOf(events);
        }

        @Override
        public boolean applied() {
            return true;
        }
    }

    /**
     * The command was refused; the state is as before it.
     *
     * @param rejection why
     */
    record Rejected(Rejection rejection) implements SyncOutcome {

        /** Checks the rejection is present. */
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }

        @Override
        public boolean applied() {
            return false;
        }
    }
}
