package io.cellarsync.examples.sync.state;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One complete, checksum-verified record of the journal.
 *
 * @param sequence the record's position in the journal, starting at 1 with no gaps
 * @param recordedAt the instant the command was accepted; replaying it with a clock fixed here gives the same state
 * @param payload the command as one line of JSON (UTF-8 bytes), exactly as written
 */
public record JournalRecord(long sequence, Instant recordedAt, byte[] payload) {

    /**
     * Checks the components.
     *
     * @param sequence the record's position, at least 1
     * @param recordedAt the instant the command was accepted
     * @param payload the command as one line of JSON
     */
    public JournalRecord {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, was " + sequence);
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(payload, "payload");
    }

    /** @return the payload as text */
    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JournalRecord that && sequence == that.sequence
                && recordedAt.equals(that.recordedAt) && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, recordedAt, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "JournalRecord[sequence=" + sequence + ", recordedAt=" + recordedAt + ", payload=" + payload.length
                + " bytes]";
    }
}
