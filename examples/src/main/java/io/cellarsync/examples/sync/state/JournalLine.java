package io.cellarsync.examples.sync.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The text form of one journal record: a JSON object on one line,
 * {@code {"seq":N,"at":"INSTANT","crc":"8 hex digits","payload":{...}}}, where the CRC32 covers
 * {@code "N INSTANT PAYLOAD"} exactly as written. Any damage to the sequence, the instant or the payload
 * changes the checksum, so a damaged line is never mistaken for a command.
 */
final class JournalLine {

    /** Reads payloads with exact decimals: {@code 1.50} stays {@code 1.50}. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final Pattern LINE = Pattern.compile(
            "\\{\"seq\":(\\d{1,18}),\"at\":\"([^\"]{1,64})\",\"crc\":\"([0-9a-f]{8})\",\"payload\":(.*)}");

    private JournalLine() {}

    /** Writes a record as one line, newline included. */
    static byte[] encode(long sequence, Instant recordedAt, JsonNode payload) {
        String payloadText = payloadText(payload);
        String at = recordedAt.toString();
        String line = "{\"seq\":" + sequence + ",\"at\":\"" + at + "\",\"crc\":\"" + crc(sequence, at, payloadText)
                + "\",\"payload\":" + payloadText + "}\n";
        return line.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads one line (without its newline).
     *
     * @return the record, or empty when the line is damaged (bad shape, checksum, instant or JSON)
     */
    static Optional<JournalRecord> decode(byte[] lineBytes) {
        Matcher matcher = LINE.matcher(new String(lineBytes, StandardCharsets.UTF_8));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long sequence = Long.parseLong(matcher.group(1));
        String at = matcher.group(2);
        String payloadText = matcher.group(4);
        if (sequence < 1 || !crc(sequence, at, payloadText).equals(matcher.group(3))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JournalRecord(sequence, Instant.parse(at), JSON.readTree(payloadText)));
        } catch (DateTimeParseException | JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String payloadText(JsonNode payload) {
        try {
            // Jackson escapes line breaks inside strings, so the payload is always a single line.
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the journal payload cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String crc(long sequence, String at, String payloadText) {
        CRC32 crc = new CRC32();
        crc.update((sequence + " " + at + " " + payloadText).getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
