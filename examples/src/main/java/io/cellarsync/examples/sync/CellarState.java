package io.cellarsync.examples.sync;

import io.cellarsync.examples.sync.state.Journal;
import io.cellarsync.examples.sync.state.JournalRecord;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.Rejection;
import io.cellarsync.sync.SyncCommand;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.SyncEvent;
import io.cellarsync.sync.SyncOutcome;
import io.cellarsync.sync.UnlinkReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The runner's state: a {@link SyncEngine} rebuilt from the state directory's journal, and, for writing
 * commands, the journal itself with its lock held.
 *
 * <p>{@link #record} is the only way to change the state: the engine checks and applies the commands first, and
 * only when it accepted every one of them are they appended to the journal as one record, forced to the disk.
 * A rejection, or a crash before the append returns, leaves the journal as it was. The engine lives only as long
 * as the command, so an in-memory change without its record (after a rejection or a failed write) dies with it.
 */
final class CellarState implements AutoCloseable {

    private final SyncEngine engine;
    private final Journal journal;
    private final Clock clock;
    private boolean spoiled;

    private CellarState(SyncEngine engine, Journal journal, Clock clock) {
        this.engine = engine;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * The state as it stands, for commands that only look at it: no lock is taken, and a record still being
     * written by another runner is not seen.
     */
    static SyncEngine read(Path directory) {
        return read(directory, event -> { });
    }

    /**
     * As {@link #read(Path)}, giving every event the journal's commands produced, in order, to {@code history}
     * (the matcher learns the user's past answers from them).
     */
    static SyncEngine read(Path directory, Consumer<SyncEvent> history) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("The state directory " + directory + " is a file, not a directory:"
                    + " give the right --state DIR.");
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("There is no state directory " + directory + ": run cellarsync"
                    + " library import or cellarsync import first, or give the right --state DIR.");
        }
        SyncEngine engine = newEngine();
        Set<PosReferenceId> unlinked = new HashSet<>();
        Journal.forEach(directory, record -> replay(engine, record, history, unlinked));
        return engine;
    }

    /** Takes the directory's lock and rebuilds the state, for a command that changes it. */
    static CellarState openForWriting(Path directory, Clock clock) {
        return openForWriting(directory, clock, event -> { });
    }

    /** As {@link #openForWriting(Path, Clock)}, giving every replayed event, in order, to {@code history}. */
    static CellarState openForWriting(Path directory, Clock clock, Consumer<SyncEvent> history) {
        SyncEngine engine = newEngine();
        Set<PosReferenceId> unlinked = new HashSet<>();
        Journal journal = Journal.openForWriting(directory, record -> replay(engine, record, history, unlinked));
        return new CellarState(engine, journal, clock);
    }

    private static SyncEngine newEngine() {
        // The engine never needs the clock on replay: every command gets its recorded instant.
        return SyncEngine.create(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    /** Replays one record; {@code unlinked} gathers the references unlinked so far. */
    private static void replay(SyncEngine engine, JournalRecord record, Consumer<SyncEvent> history,
            Set<PosReferenceId> unlinked) {
        for (SyncCommand command : CommandJson.decode(record.payload())) {
            SyncOutcome outcome = engine.apply(command, record.recordedAt());
            if (outcome instanceof SyncOutcome.Applied applied) {
                applied.events().forEach(history);
                if (command instanceof UnlinkReference unlink) {
                    unlinked.add(unlink.reference());
                }
            } else if (outcome instanceof SyncOutcome.Rejected rejected && isUnlinkOfAnUnlinkedReference(command,
                    rejected, unlinked)) {
                // Before 2026-12-05 every catalogue import linked a reset-report product again, and a user may have
                // unlinked it a second time; the engine no longer links it again, so that second unlink finds the
                // reference as the user left it with the first: unlinked. Nothing to replay.
                continue;
            } else if (outcome instanceof SyncOutcome.Rejected rejected) {
                throw new IllegalStateException("journal record " + record.sequence() + " (" + record.recordedAt()
                        + ") was accepted when it was written but the engine now rejects it: "
                        + withoutFinalStop(rejected.rejection().message())
                        + ". Was the state written by another cellarsync version?");
            }
        }
    }

    private static String withoutFinalStop(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static boolean isUnlinkOfAnUnlinkedReference(SyncCommand command, SyncOutcome.Rejected rejected,
            Set<PosReferenceId> unlinked) {
        return command instanceof UnlinkReference unlink && unlinked.contains(unlink.reference())
                && rejected.rejection().reason() == Rejection.Reason.NOT_LINKED;
    }

    SyncEngine engine() {
        return engine;
    }

    /**
     * Applies commands as one change of the state: all of them, or none.
     *
     * @param commands the commands, in order
     * @return the engine's outcome of each command, in order
     * @throws CommandRejectedException if the engine rejects one; nothing is written
     */
    List<SyncOutcome.Applied> record(List<SyncCommand> commands) {
        Objects.requireNonNull(commands, "commands");
        if (spoiled) {
            throw new IllegalStateException("an earlier change of this state failed half-way in memory; open the"
                    + " state again (the journal on disk is intact)");
        }
        Instant at = clock.instant();
        spoiled = true; // until the record is written: a failure below leaves the engine ahead of the journal
        List<SyncOutcome.Applied> outcomes = new ArrayList<>();
        for (SyncCommand command : commands) {
            SyncOutcome outcome = engine.apply(command, at);
            if (outcome instanceof SyncOutcome.Rejected rejected) {
                throw new CommandRejectedException(rejected.rejection());
            }
            outcomes.add((SyncOutcome.Applied) outcome);
        }
        journal.append(at, CommandJson.encode(commands));
        spoiled = false;
        return outcomes;
    }

    /** @see #record(List) */
    SyncOutcome.Applied record(SyncCommand command) {
        return record(List.of(command)).get(0);
    }

    @Override
    public void close() {
        journal.close();
    }
}
