package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.Verdict;

/**
 * A label with its truth.
 *
 * @param label the label
 * @param expected the right verdict
 * @param truthName the name of the right wine ("" when none)
 * @param truthProducer the producer of the right wine ("" when none)
 * @param expectedVintage for {@link Verdict#ALMOST}, the vintage fix; else 0
 * @param kind what sort of label it is (for the breakdown: in-library, almost, not-stocked, non-wine…)
 */
record LabelledQuery(String label, Verdict expected, String truthName, String truthProducer, int expectedVintage,
        String kind) {}
