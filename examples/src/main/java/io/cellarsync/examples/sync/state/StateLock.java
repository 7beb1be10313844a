package io.cellarsync.examples.sync.state;

import io.cellarsync.examples.library.ReadProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive lock on a state directory, held on the file {@value #FILE_NAME} for as long as a runner writes.
 * The operating system drops it when the process dies, so a killed runner never leaves a stale lock behind.
 */
final class StateLock implements AutoCloseable {

    static final String FILE_NAME = "lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static StateLock acquire(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw locked(directory, channel);
            }
            return new StateLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw locked(directory, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the state directory " + directory + ": "
                    + ReadProblem.reason(e), e);
        }
    }

    private static StateLockedException locked(Path directory, FileChannel channel) {
        closeQuietly(channel);
        return new StateLockedException("the state directory " + directory + " is in use by another cellarsync"
                + " command (it holds " + directory.resolve(FILE_NAME) + "); wait for it to finish and try again");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing to do: the lock, if any, goes with the channel.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it anyway.
        }
        closeQuietly(channel);
    }
}
