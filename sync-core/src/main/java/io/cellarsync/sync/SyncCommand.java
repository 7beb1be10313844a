package io.cellarsync.sync;

/**
 * A decision or an import sent to the {@link SyncEngine}. Every command is a plain immutable record made of simple
 * values, so that a host can journal the commands it sent and replay them later with the instant each was applied
 * at: the same commands at the same instants give the same state.
 */
public sealed interface SyncCommand
        permits AddWines, ImportCatalogue, ImportSales, LinkReference, UnlinkReference, IgnoreReference,
                UnignoreReference, AdjustStock, MapCentre, PrepareResetReport {}
