package io.cellarsync.examples.sync.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real writer process (SIGKILL) in the middle of its appends: every record it had acknowledged survives,
 * a record being written is either whole or absent, and the journal accepts new records afterwards.
 */
class KilledWriterTest {

    private static final int FILLER = 400_000;

    @TempDir Path state;

    @Test
    void aWriterKilledWhileAppending_leavesOnlyWholeRecords_andEveryAcknowledgedOne() throws Exception {
        Process child = startWriter();
        long acknowledged;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            acknowledged = waitForAcknowledgements(out, 5);
            child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroyForcibly, keeps stdout readable
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the writer died").isTrue();
            acknowledged = Math.max(acknowledged, drainAcknowledgements(out));
        }

        List<JournalRecord> records = Journal.read(state);

        assertThat(records.size()).isGreaterThanOrEqualTo((int) acknowledged);
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).payloadText()).isEqualTo(JournalWriterProcess.payload(i + 1L, FILLER));
        }
        try (Journal journal = Journal.openForWriting(state, record -> { })) {
            JournalRecord next = journal.append(java.time.Instant.EPOCH, "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(next.sequence()).isEqualTo(records.size() + 1L);
        }
        assertThat(Journal.read(state)).hasSize(records.size() + 1);
    }

    private Process startWriter() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalWriterProcess.class.getName(), state.toString(), Integer.toString(FILLER))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static long waitForAcknowledgements(BufferedReader out, long wanted) throws IOException {
        long last = 0;
        String line;
        while (last < wanted && (line = out.readLine()) != null) {
            last = Long.parseLong(line.substring("appended ".length()));
        }
        assertThat(last).as("acknowledged records before the kill").isEqualTo(wanted);
        return last;
    }

    private static long drainAcknowledgements(BufferedReader out) throws IOException {
        long last = 0;
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("appended ")) {
                last = Long.parseLong(line.substring("appended ".length()));
            }
        }
        return last;
    }
}
