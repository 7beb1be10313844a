package io.cellarsync.examples.sync.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    private static final Instant T1 = Instant.parse("2026-03-01T05:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T05:00:00.123456789Z");

    @TempDir Path state;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static byte[] payload(String name, String amount) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", name);
        node.put("amount", new BigDecimal(amount));
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode tree(JournalRecord record) {
        try {
            return JSON.readTree(record.payload());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String name(JournalRecord record) {
        return tree(record).get("name").asText();
    }

    private static Journal open(Path directory) {
        return Journal.openForWriting(directory, record -> { });
    }

    private void write(byte[]... payloads) {
        try (Journal journal = open(state)) {
            Instant at = T1;
            for (byte[] payload : payloads) {
                journal.append(at, payload);
                at = at.plusSeconds(1);
            }
        }
    }

    private Path journalFile() {
        return state.resolve(Journal.FILE_NAME);
    }

    @Test
    void appendedRecords_areReadBackInOrder_withTheirInstantAndExactDecimals() {
        try (Journal journal = open(state)) {
            journal.append(T1, payload("one", "1.50"));
            journal.append(T2, payload("two", "9.9082568807339449541284403670"));
        }

        List<JournalRecord> records = Journal.read(state);

        assertThat(records).extracting(JournalRecord::sequence).containsExactly(1L, 2L);
        assertThat(records).extracting(JournalRecord::recordedAt).containsExactly(T1, T2);
        assertThat(tree(records.get(0)).get("amount").decimalValue()).isEqualTo(new BigDecimal("1.50"));
        assertThat(tree(records.get(1)).get("amount").decimalValue())
                .isEqualTo(new BigDecimal("9.9082568807339449541284403670"));
    }

    @Test
    void reopening_continuesTheSequence() {
        write(payload("one", "1"));
        write(payload("two", "2"));

        assertThat(Journal.read(state)).extracting(JournalTest::name).containsExactly("one", "two");
        assertThat(Journal.read(state)).extracting(JournalRecord::sequence).containsExactly(1L, 2L);
    }

    @Test
    void aPayloadWithLineBreaksInItsText_staysOneLine() throws IOException {
        write(payload("first line\nsecond line\r\n", "1"));

        assertThat(Files.readAllLines(journalFile())).hasSize(1);
        assertThat(name(Journal.read(state).get(0))).isEqualTo("first line\nsecond line\r\n");
    }

    @Test
    void aTornLastLine_isIgnored_soTheStateIsAsBeforeThatCommand() throws IOException {
        write(payload("one", "1"), payload("two", "2"));
        long full = Files.size(journalFile());
        truncate(full - 7);

        assertThat(Journal.read(state)).extracting(JournalTest::name).containsExactly("one");
    }

    @Test
    void aTornLastLine_isCutOffByTheNextAppend() throws IOException {
        write(payload("one", "1"), payload("two", "2"));
        truncate(Files.size(journalFile()) - 7);

        write(payload("three", "3"));

        assertThat(Journal.read(state)).extracting(JournalTest::name).containsExactly("one", "three");
        assertThat(Journal.read(state)).extracting(JournalRecord::sequence).containsExactly(1L, 2L);
        assertThat(Files.readAllLines(journalFile())).hasSize(2);
    }

    @Test
    void aLastLineCutJustBeforeItsNewline_isStillTorn() throws IOException {
        write(payload("one", "1"), payload("two", "2"));
        truncate(Files.size(journalFile()) - 1);

        assertThat(Journal.read(state)).hasSize(1);
    }

    @Test
    void aCompleteLastLineWithAWrongChecksum_isIgnored() throws IOException {
        write(payload("one", "1"), payload("two", "2"));
        replaceInFile("\"amount\":2", "\"amount\":3");

        assertThat(Journal.read(state)).extracting(JournalTest::name).containsExactly("one");
    }

    @Test
    void aChangedInstant_breaksTheChecksum() throws IOException {
        write(payload("one", "1"), payload("two", "2"));
        replaceInFile("2026-03-01T05:00:01Z", "2026-03-01T05:00:09Z");

        assertThat(Journal.read(state)).hasSize(1);
    }

    @Test
    void garbageAfterTheLastRecord_isIgnored() throws IOException {
        write(payload("one", "1"));
        Files.write(journalFile(), new byte[] {0, 0, 0, 0}, java.nio.file.StandardOpenOption.APPEND);

        assertThat(Journal.read(state)).hasSize(1);
    }

    @Test
    void aDamagedRecordFollowedByValidOnes_isRefused_namingTheLine() throws IOException {
        write(payload("one", "1"), payload("two", "2"), payload("three", "3"));
        replaceInFile("\"amount\":2", "\"amount\":5");

        assertThatThrownBy(() -> Journal.read(state))
                .isInstanceOf(JournalCorruptedException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("followed by more records");
        assertThatThrownBy(() -> open(state)).isInstanceOf(JournalCorruptedException.class);
    }

    @Test
    void aRepeatedLine_isNotTakenTwice() throws IOException {
        write(payload("one", "1"));
        String line = Files.readString(journalFile());
        Files.writeString(journalFile(), line + line);

        assertThat(Journal.read(state)).hasSize(1);
    }

    @Test
    void aMissingStateDirectory_readsAsEmpty() {
        assertThat(Journal.read(state.resolve("nothing-here"))).isEmpty();
    }

    @Test
    void openingForWriting_createsTheDirectory() {
        Path nested = state.resolve("a/b");

        try (Journal journal = open(nested)) {
            journal.append(T1, payload("one", "1"));
        }

        assertThat(Journal.read(nested)).hasSize(1);
    }

    @Test
    void aSecondWriter_isRefusedWhileTheFirstHoldsTheLock() {
        try (Journal first = open(state)) {
            assertThatThrownBy(() -> open(state))
                    .isInstanceOf(StateLockedException.class)
                    .hasMessageContaining(state.toString())
                    .hasMessageContaining("in use by another cellarsync command");
        }
    }

    @Test
    void closingTheJournal_releasesTheLock() {
        open(state).close();

        try (Journal again = open(state)) {
            assertThat(again.size()).isZero();
        }
    }

    @Test
    void aPayloadWithALineBreak_isRefused_andNothingIsWritten() throws IOException {
        try (Journal journal = open(state)) {
            assertThatThrownBy(() -> journal.append(T1, "{\n}".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("one line");
        }
        assertThat(Journal.read(state)).isEmpty();
    }

    @Test
    void openingForWriting_handsOverEveryRecordAlreadyThere() {
        write(payload("one", "1"), payload("two", "2"));
        List<String> seen = new java.util.ArrayList<>();

        try (Journal journal = Journal.openForWriting(state, record -> seen.add(name(record)))) {
            assertThat(journal.size()).isEqualTo(2);
        }

        assertThat(seen).containsExactly("one", "two");
    }

    @Test
    void theJournalIsPlainJsonLines() throws IOException {
        write(payload("one", "1.50"));

        JsonNode line = JSON.readTree(Files.readAllLines(journalFile(), StandardCharsets.UTF_8).get(0));
        assertThat(line.get("seq").asLong()).isEqualTo(1);
        assertThat(line.get("at").asText()).isEqualTo(T1.toString());
        assertThat(line.get("crc").asText()).matches("[0-9a-f]{8}");
        assertThat(line.get("payload").get("amount").toString()).isEqualTo("1.50");
    }

    private void truncate(long length) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(journalFile(), java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }

    private void replaceInFile(String from, String to) throws IOException {
        String text = Files.readString(journalFile());
        assertThat(text).contains(from);
        Files.writeString(journalFile(), text.replace(from, to));
    }
}
