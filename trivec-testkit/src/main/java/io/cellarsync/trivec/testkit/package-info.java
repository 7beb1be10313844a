/**
 * A simulated Trivec gateway for integration tests: {@link io.cellarsync.trivec.testkit.GatewaySimulator} serves
 * realistic days generated from a seed over HTTP (WireMock), with switchable faults
 * ({@link io.cellarsync.trivec.testkit.Fault}); {@link io.cellarsync.trivec.testkit.GatewaySimulatorExtension}
 * starts one per JUnit 5 test class; {@link io.cellarsync.trivec.testkit.GatewaySimulatorMain} runs one standalone.
 */
@NullMarked
package io.cellarsync.trivec.testkit;

import org.jspecify.annotations.NullMarked;
