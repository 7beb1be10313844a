/**
 * The runner's nightly job and its decisions: {@code library import}, {@code import}, {@code queue}, {@code link},
 * {@code unlink}, {@code ignore}, {@code unignore}, {@code links}, {@code stock}, {@code history} and
 * {@code reset-report}, all working on a state directory ({@code --state DIR}) that survives a crash at any point.
 *
 * <p>Each writing command replays the journal ({@link io.cellarsync.examples.sync.state}) through a fresh
 * {@link io.cellarsync.sync.SyncEngine}, gives the engine its commands, and appends them as one journal record
 * only once the engine accepted them all.
 */
package io.cellarsync.examples.sync;
