/** JMH benchmarks and the matcher's evaluation harness; each compares against the baseline its issue names. */
package io.cellarsync.benchmarks;
