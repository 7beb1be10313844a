/**
 * The runner's gateway commands: {@code cellarsync tickets} and {@code cellarsync products}, which read a Trivec
 * site (or the testkit's simulator) through {@code trivec-client} and print JSON; and {@link
 * io.cellarsync.examples.trivec.GatewayOptions}, the {@code --site | --base-uri} and {@code --app-id} options
 * every gateway command shares.
 */
package io.cellarsync.examples.trivec;
