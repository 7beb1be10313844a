/**
 * Implementation of the sync engine: command handlers, the fold of events into state, and the in-memory ports.
 * No compatibility promise: use the types of {@code io.cellarsync.sync} instead.
 */
@NullMarked
package io.cellarsync.sync.internal;

import org.jspecify.annotations.NullMarked;
