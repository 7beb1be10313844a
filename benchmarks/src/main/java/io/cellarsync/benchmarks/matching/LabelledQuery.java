package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.Verdict;

/**
 * A label with its truth.
 *
 * @param label the label
 * @param expected the right verdict
 * @param truthName the name of the right wine ("" when none; for a wine the index does not hold, that wine's name, shown
 *     in the error listings)
 * @param truthProducer the producer of the right wine ("" when none; as the name for a wine the index does not hold)
 * @param expectedVintage for {@link Verdict#ALMOST}, the vintage fix; else 0
 * @param kind what sort of label it is (for the breakdown: in-library, almost, not-stocked, non-wine…)
 */
record LabelledQuery(String label, Verdict expected, String truthName, String truthProducer, int expectedVintage,
        String kind) {}
