/**
 * The runner's crash-safe state directory: an append-only, fsynced, checksummed journal of the engine's input
 * commands, and the lock that keeps two runners from writing it at once.
 *
 * <p>Nothing here knows the sync engine: a journal record carries an opaque JSON payload. See
 * {@code docs/runner-state.md} for the file format and the argument why a crash at any point leaves the state as
 * before or as after a command, never between.
 */
package io.cellarsync.examples.sync.state;
