package io.cellarsync.examples.sync.state;

import io.cellarsync.examples.library.ReadProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The append-only journal of a state directory (the file {@value #FILE_NAME}).
 *
 * <p>Each {@link #append} writes one whole line and forces it to the disk ({@code fsync}) before returning: once
 * it returns the record survives a crash; if the process dies before, the line is torn or missing and the next
 * {@link #openForWriting} or {@link #read} ignores it, so the state is as before the command. A writer holds the
 * directory's exclusive lock; readers take no lock and simply ignore a line still being written.
 */
public final class Journal implements AutoCloseable {

    /** The journal's file name inside the state directory. */
    public static final String FILE_NAME = "journal.jsonl";

    private final Path file;
    private final StateLock lock;
    private final FileChannel channel;
    private long records;
    private long validLength;
    private long fileLength;

    private Journal(Path file, StateLock lock, FileChannel channel, JournalScanner.Extent extent) {
        this.file = file;
        this.lock = lock;
        this.channel = channel;
        this.records = extent.records();
        this.validLength = extent.validLength();
        this.fileLength = extent.fileLength();
    }

    /**
     * Reads the journal of a state directory without locking it, handing each valid record to {@code action} in
     * order as soon as it is read: for commands that only look at the state.
     *
     * @param directory the state directory; a missing directory or journal reads as empty
     * @param action what to do with each record
     * @throws JournalCorruptedException if a damaged record is followed by valid ones
     */
    public static void forEach(Path directory, Consumer<JournalRecord> action) {
        JournalScanner.scan(directory.resolve(FILE_NAME), action);
    }

    /**
     * Reads every valid record of a state directory's journal into memory, without locking it.
     *
     * @param directory the state directory; a missing directory or journal reads as empty
     * @return the valid records, in order
     * @throws JournalCorruptedException if a damaged record is followed by valid ones
     */
    public static List<JournalRecord> read(Path directory) {
        List<JournalRecord> records = new ArrayList<>();
        forEach(directory, records::add);
        return records;
    }

    /**
     * Opens the journal of a state directory for appending, creating the directory if needed, takes its lock, and
     * hands each valid record to {@code replay} in order.
     *
     * @param directory the state directory
     * @param replay what to do with each record already in the journal
     * @return the open journal; close it to release the lock
     * @throws StateLockedException if another runner holds the lock
     * @throws JournalCorruptedException if a damaged record is followed by valid ones
     */
    public static Journal openForWriting(Path directory, Consumer<JournalRecord> replay) {
        try {
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("cannot create the state directory " + directory + ": it is a file, not a"
                    + " directory; give --state a directory", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state directory " + directory + ": "
                    + ReadProblem.reason(e), e);
        }
        StateLock lock = StateLock.acquire(directory);
        Path file = directory.resolve(FILE_NAME);
        try {
            boolean created = Files.notExists(file);
            FileChannel channel = FileChannel.open(file,
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (created) {
                forceDirectory(directory);
            }
            try {
                return new Journal(file, lock, channel, JournalScanner.scan(file, replay));
            } catch (RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException("cannot open the journal " + file + ": " + ReadProblem.reason(e), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** @return how many valid records the journal holds, including those appended since opening */
    public long size() {
        return records;
    }

    /**
     * Appends one record and forces it to the disk. A torn last line left by an earlier crash is cut off first.
     *
     * @param recordedAt the instant the command was accepted
     * @param payload the command, as one line of JSON in UTF-8
     * @return the record as written
     * @throws IllegalArgumentException if the payload is empty or holds a line break
     * @throws UncheckedIOException if the write fails; the journal is then cut back to what it was
     */
    public JournalRecord append(Instant recordedAt, byte[] payload) {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(payload, "payload");
        long sequence = records + 1;
        ByteBuffer line = ByteBuffer.wrap(JournalLine.encode(sequence, recordedAt, payload));
        try {
            if (fileLength > validLength) {
                channel.truncate(validLength);
                channel.force(true);
                fileLength = validLength;
            }
            long position = validLength;
            while (line.hasRemaining()) {
                position += channel.write(line, position);
            }
            channel.force(true);
            validLength = position;
            fileLength = position;
        } catch (IOException e) {
            cutBack();
            throw new UncheckedIOException("cannot write the journal " + file + " (" + ReadProblem.reason(e)
                    + "); the command was not recorded and the state is unchanged", e);
        }
        records = sequence;
        return new JournalRecord(sequence, recordedAt, payload.clone());
    }

    private void cutBack() {
        try {
            channel.truncate(validLength);
            channel.force(true);
            fileLength = validLength;
        } catch (IOException ignored) {
            // The partial line stays; being the last line and torn, the next open ignores it anyway.
        }
    }

    private static void forceDirectory(Path directory) {
        // Makes the new file's directory entry durable; not supported on every platform, and then not needed.
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** Closes the file and releases the state directory's lock. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Every append was already forced; nothing is lost.
        } finally {
            lock.close();
        }
    }
}
