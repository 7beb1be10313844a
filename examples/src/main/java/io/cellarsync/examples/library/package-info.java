/**
 * Reading a cellar's wine library from a CSV file: the format shared by {@code cellarsync match} and
 * {@code cellarsync library import}.
 *
 * <p>Columns are found by their header: {@code id} and {@code name} are required; {@code producer},
 * {@code appellation}, {@code region}, {@code country}, {@code colour}, {@code vintage}, {@code volume_ml},
 * {@code stock} and {@code grapes} are optional; a row without a colour takes it from a {@code style} column holding
 * one of Systembolaget's taste styles that name one colour; any other column is ignored.
 */
package io.cellarsync.examples.library;
