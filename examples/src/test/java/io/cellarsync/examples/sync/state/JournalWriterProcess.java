package io.cellarsync.examples.sync.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A child process for {@link KilledWriterTest}: appends large records to a journal until it is killed, and tells
 * its parent on stdout after each record is forced to the disk.
 */
public final class JournalWriterProcess {

    private JournalWriterProcess() {}

    /**
     * Appends records forever.
     *
     * @param args the state directory, then the size of each record's text in characters
     */
    public static void main(String[] args) {
        Path state = Path.of(args[0]);
        String filler = "x".repeat(Integer.parseInt(args[1]));
        try (Journal journal = Journal.openForWriting(state)) {
            for (long n = journal.records().size() + 1; ; n++) {
                ObjectNode payload = JournalLine.JSON.createObjectNode();
                payload.put("n", n);
                payload.put("filler", filler);
                journal.append(Instant.EPOCH.plusSeconds(n), payload);
                System.out.println("appended " + n);
                System.out.flush();
            }
        }
    }
}
