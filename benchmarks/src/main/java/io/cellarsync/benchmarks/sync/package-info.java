/**
 * JMH benchmarks of the sync engine (issue 5): applying sale lines to a 10,000-wine state, and the cost of linking
 * and unlinking a reference against its own sales and against all sales.
 */
package io.cellarsync.benchmarks.sync;
