/**
 * Implementation of the simulated gateway: the seeded generator of catalogues and days, the JSON writer that
 * reproduces the gateway's wire quirks, and the WireMock transformer. No compatibility promise.
 */
@NullMarked
package io.cellarsync.trivec.testkit.internal;

import org.jspecify.annotations.NullMarked;
