package io.cellarsync.benchmarks.matching;

import java.util.List;

/** The labels a benchmark sends, one per call, from the first again after the last. Not thread-safe: one per trial. */
final class LabelCycle {

    private final List<String> labels;
    private int next;

    LabelCycle(List<String> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a benchmark needs at least one label, got none");
        }
        this.labels = List.copyOf(labels);
    }

    /** The next label. */
    String next() {
        String label = labels.get(next);
        next = next + 1 == labels.size() ? 0 : next + 1;
        return label;
    }
}
