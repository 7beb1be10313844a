package io.cellarsync.examples.sync.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One complete, checksum-verified record of the journal.
 *
 * @param sequence the record's position in the journal, starting at 1 with no gaps
 * @param recordedAt the instant the command was accepted; replaying it with a clock fixed here gives the same state
 * @param payload the command, as JSON
 */
public record JournalRecord(long sequence, Instant recordedAt, JsonNode payload) {

    /**
     * Checks the components.
     *
     * @param sequence the record's position, at least 1
     * @param recordedAt the instant the command was accepted
     * @param payload the command, as JSON
     */
    public JournalRecord {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, was " + sequence);
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(payload, "payload");
    }
}
