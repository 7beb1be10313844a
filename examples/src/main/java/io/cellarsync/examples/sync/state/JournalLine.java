package io.cellarsync.examples.sync.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The text form of one journal record: a JSON object on one line,
 * {@code {"seq":N,"at":"INSTANT","crc":"8 hex digits","payload":{...}}}, where the CRC32 covers the UTF-8 bytes
 * of {@code "N INSTANT PAYLOAD"}, the payload exactly as written. Any damage to the sequence, the instant or the
 * payload changes the checksum, so a damaged line is never mistaken for a command.
 *
 * <p>A record of a long import can be hundreds of megabytes, so the payload is checked and parsed from the line's
 * bytes in place, never copied into a string.
 */
final class JournalLine {

    /** Reads payloads with exact decimals: {@code 1.50} stays {@code 1.50}. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The header, up to the payload: a few dozen ASCII bytes. */
    private static final Pattern HEADER =
            Pattern.compile("\\{\"seq\":(\\d{1,18}),\"at\":\"([^\"]{1,64})\",\"crc\":\"([0-9a-f]{8})\",\"payload\":");
    private static final int MAX_HEADER = 160;

    private JournalLine() {}

    /** Writes a record as one line, newline included. */
    static byte[] encode(long sequence, Instant recordedAt, JsonNode payload) {
        byte[] payloadBytes = payloadBytes(payload);
        String at = recordedAt.toString();
        byte[] header = ("{\"seq\":" + sequence + ",\"at\":\"" + at + "\",\"crc\":\""
                + crc(sequence, at, payloadBytes, 0, payloadBytes.length) + "\",\"payload\":")
                .getBytes(StandardCharsets.UTF_8);
        byte[] line = new byte[header.length + payloadBytes.length + 2];
        System.arraycopy(header, 0, line, 0, header.length);
        System.arraycopy(payloadBytes, 0, line, header.length, payloadBytes.length);
        line[line.length - 2] = '}';
        line[line.length - 1] = '\n';
        return line;
    }

    /**
     * Reads one line (without its newline).
     *
     * @param line a buffer holding the line from index 0
     * @param length the line's length in the buffer
     * @return the record, or empty when the line is damaged (bad shape, checksum, instant or JSON)
     */
    static Optional<JournalRecord> decode(byte[] line, int length) {
        String head = new String(line, 0, Math.min(length, MAX_HEADER), StandardCharsets.ISO_8859_1);
        Matcher matcher = HEADER.matcher(head);
        if (!matcher.lookingAt() || length < matcher.end() + 1 || line[length - 1] != '}') {
            return Optional.empty();
        }
        long sequence = Long.parseLong(matcher.group(1));
        String at = matcher.group(2);
        int payloadStart = matcher.end();
        int payloadLength = length - 1 - payloadStart;
        if (sequence < 1 || !crc(sequence, at, line, payloadStart, payloadLength).equals(matcher.group(3))) {
            return Optional.empty();
        }
        try {
            JsonNode payload = JSON.readTree(line, payloadStart, payloadLength);
            return payload == null ? Optional.empty()
                    : Optional.of(new JournalRecord(sequence, Instant.parse(at), payload));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] payloadBytes(JsonNode payload) {
        try {
            // Jackson escapes line breaks inside strings, so the payload is always a single line.
            return JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the journal payload cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String crc(long sequence, String at, byte[] payload, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update((sequence + " " + at + " ").getBytes(StandardCharsets.UTF_8));
        crc.update(payload, offset, length);
        return String.format("%08x", crc.getValue());
    }
}
