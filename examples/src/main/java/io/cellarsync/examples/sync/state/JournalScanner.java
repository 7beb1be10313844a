package io.cellarsync.examples.sync.state;

import java.io.ByteArrayOutputStream;
import io.cellarsync.examples.library.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a journal file from the start, handing each valid record over as soon as it is read (a journal can be far
 * larger than the heap wants to hold), and tells where the valid part ends.
 *
 * <p>Only the last line may be damaged (a crash during a write leaves a torn line without its newline, or garbage):
 * it is left out and {@code validLength} stops before it. A damaged line followed by another line is not a crash
 * trace and fails with {@link JournalCorruptedException}.
 */
final class JournalScanner {

    /**
     * What a scan found.
     *
     * @param records how many valid records the file holds
     * @param validLength the number of bytes those records take from the start of the file
     * @param fileLength the file's length; more than {@code validLength} when a damaged last line was left out
     */
    record Extent(long records, long validLength, long fileLength) {}

    private JournalScanner() {}

    static Extent scan(Path file, Consumer<JournalRecord> action) {
        try (InputStream in = Files.newInputStream(file)) {
            return scan(in, file, action);
        } catch (NoSuchFileException e) {
            return new Extent(0, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file + ": " + ReadProblem.reason(e), e);
        }
    }

    private static Extent scan(InputStream in, Path file, Consumer<JournalRecord> action) throws IOException {
        long records = 0;
        long validLength = 0;
        long offset = 0;
        long lineNumber = 0;
        long damagedAtLine = 0;
        LineBuffer line = new LineBuffer();
        byte[] block = new byte[1 << 16];
        int read;
        while ((read = in.read(block)) != -1) {
            int from = 0;
            for (int i = 0; i < read; i++) {
                if (block[i] != '\n') {
                    continue;
                }
                line.write(block, from, i - from);
                from = i + 1;
                offset += line.size() + 1L;
                lineNumber++;
                if (damagedAtLine != 0) {
                    throw damagedBeforeValid(file, damagedAtLine);
                }
                Optional<JournalRecord> record = JournalLine.decode(line.buffer(), line.size());
                line.reset();
                if (record.isPresent() && record.get().sequence() == records + 1) {
                    records++;
                    validLength = offset;
                    action.accept(record.get());
                } else {
                    damagedAtLine = lineNumber;
                }
            }
            line.write(block, from, read - from);
        }
        // A last line without its newline is torn: the write that made it never completed.
        return new Extent(records, validLength, offset + line.size());
    }

    /** A growable line buffer whose bytes are read in place, not copied. */
    private static final class LineBuffer extends ByteArrayOutputStream {
        LineBuffer() {
            super(8192);
        }

        byte[] buffer() {
            return buf;
        }
    }

    private static JournalCorruptedException damagedBeforeValid(Path file, long lineNumber) {
        return new JournalCorruptedException("the journal " + file + " has a damaged record at line " + lineNumber
                + " followed by more records, so the state cannot be rebuilt without losing commands; restore the"
                + " state directory from a backup, or cut the file before line " + lineNumber
                + " to keep only the commands before it");
    }
}
