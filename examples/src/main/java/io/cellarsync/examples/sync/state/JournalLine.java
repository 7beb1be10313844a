package io.cellarsync.examples.sync.state;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The text form of one journal record: a JSON object on one line,
 * {@code {"seq":N,"at":"INSTANT","crc":"8 hex digits","payload":PAYLOAD}}, where the CRC32 covers the UTF-8
 * bytes of {@code "N INSTANT PAYLOAD"}, the payload exactly as written. Any damage to the sequence, the instant or
 * the payload changes the checksum, so a damaged line is never mistaken for a command.
 *
 * <p>A record of a long import can be hundreds of megabytes, so the payload is checked in place in the line's
 * bytes and never turned into a string here.
 */
final class JournalLine {

    /** The header, up to the payload: a few dozen ASCII bytes. */
    private static final Pattern HEADER =
            Pattern.compile("\\{\"seq\":(\\d{1,18}),\"at\":\"([^\"]{1,64})\",\"crc\":\"([0-9a-f]{8})\",\"payload\":");
    private static final int MAX_HEADER = 160;

    private JournalLine() {}

    /**
     * Writes a record as one line, newline included.
     *
     * @throws IllegalArgumentException if the payload is empty or holds a line break
     */
    static byte[] encode(long sequence, Instant recordedAt, byte[] payload) {
        if (payload.length == 0) {
            throw new IllegalArgumentException("a journal payload must not be empty");
        }
        for (byte b : payload) {
            if (b == '\n' || b == '\r') {
                throw new IllegalArgumentException("a journal payload must be one line of JSON; it holds a line break");
            }
        }
        String at = recordedAt.toString();
        byte[] header = ("{\"seq\":" + sequence + ",\"at\":\"" + at + "\",\"crc\":\""
                + crc(sequence, at, payload, 0, payload.length) + "\",\"payload\":")
                .getBytes(StandardCharsets.UTF_8);
        byte[] line = new byte[header.length + payload.length + 2];
        System.arraycopy(header, 0, line, 0, header.length);
        System.arraycopy(payload, 0, line, header.length, payload.length);
        line[line.length - 2] = '}';
        line[line.length - 1] = '\n';
        return line;
    }

    /**
     * Reads one line (without its newline).
     *
     * @param line a buffer holding the line from index 0
     * @param length the line's length in the buffer
     * @return the record, or empty when the line is damaged (bad shape, checksum or instant)
     */
    static Optional<JournalRecord> decode(byte[] line, int length) {
        String head = new String(line, 0, Math.min(length, MAX_HEADER), StandardCharsets.ISO_8859_1);
        Matcher matcher = HEADER.matcher(head);
        if (!matcher.lookingAt() || length < matcher.end() + 2 || line[length - 1] != '}') {
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
            return Optional.of(new JournalRecord(sequence, Instant.parse(at),
                    Arrays.copyOfRange(line, payloadStart, payloadStart + payloadLength)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String crc(long sequence, String at, byte[] payload, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update((sequence + " " + at + " ").getBytes(StandardCharsets.UTF_8));
        crc.update(payload, offset, length);
        return String.format("%08x", crc.getValue());
    }
}
