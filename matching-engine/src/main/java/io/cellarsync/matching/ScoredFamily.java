package io.cellarsync.matching;

import java.util.Set;

/**
 * A wine family scored against a label.
 *
 * @param family the family's index in the {@link WineIndex}
 * @param score the combined score in [0, 1]
 * @param agreed which parts of the label agreed with it
 * @param disagreed which parts disagreed
 * @param labelCoverage the share of the label's weight the family explains
 * @param nameCoverage the share of the family name's weight the label names
 */
record ScoredFamily(int family, double score, Set<Evidence> agreed, Set<Evidence> disagreed, double labelCoverage,
        double nameCoverage) {}
