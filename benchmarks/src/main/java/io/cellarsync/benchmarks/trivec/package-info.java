/**
 * Benchmarks of {@code trivec-client}: parse throughput of a large generated day against Jackson's
 * {@code readTree} of the same bytes ({@link io.cellarsync.benchmarks.trivec.TicketDayParseBenchmark}), and the
 * peak heap of both ({@link io.cellarsync.benchmarks.trivec.TicketDayHeapProbe}).
 */
package io.cellarsync.benchmarks.trivec;
