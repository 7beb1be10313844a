package io.cellarsync.examples.sync.state;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A child process for {@link KilledWriterTest}: appends large records to a journal until it is killed, and tells
 * its parent on stdout after each record is forced to the disk.
 */
public final class JournalWriterProcess {

    private JournalWriterProcess() {}

    /** The payload of record {@code n}: easy to check whole. */
    static String payload(long n, int filler) {
        return "{\"n\":" + n + ",\"filler\":\"" + "x".repeat(filler) + "\"}";
    }

    /**
     * Appends records forever.
     *
     * @param args the state directory, then the size of each record's text in characters
     */
    public static void main(String[] args) {
        Path state = Path.of(args[0]);
        int filler = Integer.parseInt(args[1]);
        try (Journal journal = Journal.openForWriting(state, record -> { })) {
            for (long n = journal.size() + 1; ; n++) {
                journal.append(Instant.EPOCH.plusSeconds(n), payload(n, filler).getBytes(StandardCharsets.UTF_8));
                System.out.println("appended " + n);
                System.out.flush();
            }
        }
    }
}
