/**
 * The matcher's evaluation harness ({@link io.cellarsync.benchmarks.matching.MatchingEvaluation}), its POS-style
 * label generator, the Lucene BM25 baseline run side by side, and the JMH benchmark of labels per second.
 *
 * <p>The data is read from paths given on the command line (default {@code ../shared/data/...}); it is never copied
 * into the project.
 */
package io.cellarsync.benchmarks.matching;
