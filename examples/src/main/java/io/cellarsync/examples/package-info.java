/**
 * The {@code cellarsync} command-line runner: one picocli command per capability of the library.
 *
 * <p>Not a published artifact; it shows how a host application wires the library together.
 */
package io.cellarsync.examples;
