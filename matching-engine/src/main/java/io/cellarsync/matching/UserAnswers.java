package io.cellarsync.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The users' answers as a {@link MatchingEngine} holds them: as stored, by the label each was given for (or the key an
 * earlier version stored, see {@link LearnedAnswers}), and filed under today's reading of that label
 * ({@link ParsedLabel#key()}), which is what {@link MatchingEngine#match} looks a label up by. Immutable: {@link #edit}
 * gives a {@link Draft} that builds the next one.
 *
 * <p>Under one key, one stored label at most is confirmed: a confirmation replaces that of any label read the same
 * way. Any number may be rejected, and the key's rejections are those of all of them.
 */
final class UserAnswers {

    static final UserAnswers NONE = new UserAnswers(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    /** Stored label → the wine id it was confirmed for. */
    private final Map<String, String> confirmed;
    /** Stored label → the wine ids it was rejected for. */
    private final Map<String, Set<String>> rejected;
    /** Stored label → the key it is filed under. */
    private final Map<String, String> keyOf;
    /** Key → the stored label confirmed for it. */
    private final Map<String, String> confirmedByKey;
    /** Key → the stored labels rejected for it. */
    private final Map<String, Set<String>> rejectedByKey;

    private UserAnswers(Map<String, String> confirmed, Map<String, Set<String>> rejected, Map<String, String> keyOf,
            Map<String, String> confirmedByKey, Map<String, Set<String>> rejectedByKey) {
        this.confirmed = confirmed;
        this.rejected = rejected;
        this.keyOf = keyOf;
        this.confirmedByKey = confirmedByKey;
        this.rejectedByKey = rejectedByKey;
    }

    /** The wine id confirmed for labels read as this key, if any. */
    Optional<String> confirmedFor(String key) {
        String label = confirmedByKey.get(key);
        return label == null ? Optional.empty() : Optional.of(confirmed.get(label));
    }

    /** The wine ids rejected for labels read as this key. */
    Set<String> rejectedFor(String key) {
        Set<String> labels = rejectedByKey.getOrDefault(key, Set.of());
        if (labels.size() == 1) {
            return rejected.get(labels.iterator().next());
        }
        return labels.stream().flatMap(label -> rejected.get(label).stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The answers as stored, for the host. */
    LearnedAnswers stored() {
        return new LearnedAnswers(confirmed, rejected);
    }

    /** A draft of the next answers, starting from these; the index tells which ids are one wine. */
    Draft edit(WineIndex index) {
        return new Draft(this, index);
    }

    /** The next answers, being built: not thread-safe, used inside one of the engine's synchronized changes. */
    static final class Draft {
        private final WineIndex index;
        private final Map<String, String> confirmed;
        private final Map<String, Set<String>> rejected;
        private final Map<String, String> keyOf;
        private final Map<String, String> confirmedByKey;
        private final Map<String, Set<String>> rejectedByKey;

        private Draft(UserAnswers from, WineIndex index) {
            this.index = index;
            this.confirmed = new HashMap<>(from.confirmed);
            this.rejected = new HashMap<>(from.rejected);
            this.keyOf = new HashMap<>(from.keyOf);
            this.confirmedByKey = new HashMap<>(from.confirmedByKey);
            this.rejectedByKey = new HashMap<>();
            from.rejectedByKey.forEach((key, labels) -> rejectedByKey.put(key, new HashSet<>(labels)));
        }

        /**
         * The label (read as the key) is this wine: it replaces the confirmation of any label read the same way, and
         * lifts their rejections of this wine's vintages and sizes.
         */
        void confirm(String label, String key, String wineId) {
            fileUnder(label, key);
            String replaced = confirmedByKey.put(key, label);
            if (replaced != null && !replaced.equals(label)) {
                confirmed.remove(replaced);
                forgetIfUnused(replaced);
            }
            confirmed.put(label, wineId);
            for (String rejectedLabel : Set.copyOf(rejectedByKey.getOrDefault(key, Set.of()))) {
                Set<String> ids = rejected.get(rejectedLabel);
                Set<String> kept = ids.stream().filter(id -> !sameWine(id, wineId))
                        .collect(Collectors.toUnmodifiableSet());
                if (kept.isEmpty()) {
                    dropRejections(rejectedLabel, key);
                } else if (kept.size() < ids.size()) {
                    rejected.put(rejectedLabel, kept);
                }
            }
        }

        /**
         * The label (read as the key) is not this wine: none of its vintages and sizes is proposed for the key, and a
         * confirmation of it for a label read the same way is dropped.
         */
        void reject(String label, String key, String wineId) {
            fileUnder(label, key);
            Set<String> ids = new HashSet<>(rejected.getOrDefault(label, Set.of()));
            ids.add(wineId);
            rejected.put(label, Set.copyOf(ids));
            rejectedByKey.computeIfAbsent(key, k -> new HashSet<>()).add(label);
            String confirmedLabel = confirmedByKey.get(key);
            if (confirmedLabel != null && sameWine(confirmed.get(confirmedLabel), wineId)) {
                confirmedByKey.remove(key);
                confirmed.remove(confirmedLabel);
                forgetIfUnused(confirmedLabel);
            }
        }

        UserAnswers done() {
            Map<String, Set<String>> byKey = rejectedByKey.entrySet().stream().collect(
                    Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
            return new UserAnswers(Map.copyOf(confirmed), Map.copyOf(rejected), Map.copyOf(keyOf),
                    Map.copyOf(confirmedByKey), byKey);
        }

        /**
         * Files the label's answers under the key. A label already held is under it but for one read again across a
         * new year ({@code '28} is no vintage in 2026, 2028 in 2027): its answers move, as if given again.
         */
        private void fileUnder(String label, String key) {
            String before = keyOf.put(label, key);
            if (before == null || before.equals(key)) {
                return;
            }
            String wineId = confirmed.remove(label);
            Set<String> ids = rejected.remove(label);
            if (label.equals(confirmedByKey.get(before))) {
                confirmedByKey.remove(before);
            }
            removeFrom(rejectedByKey, before, label);
            if (ids != null) {
                ids.forEach(id -> reject(label, key, id));
            }
            if (wineId != null) {
                confirm(label, key, wineId);
            }
        }

        private void dropRejections(String label, String key) {
            rejected.remove(label);
            removeFrom(rejectedByKey, key, label);
            forgetIfUnused(label);
        }

        private void forgetIfUnused(String label) {
            if (!confirmed.containsKey(label) && !rejected.containsKey(label)) {
                keyOf.remove(label);
            }
        }

        private static void removeFrom(Map<String, Set<String>> labelsByKey, String key, String label) {
            Set<String> labels = labelsByKey.get(key);
            if (labels != null && labels.remove(label) && labels.isEmpty()) {
                labelsByKey.remove(key);
            }
        }

        /** Whether two ids are one wine: the same id, or two vintages or sizes of one family. */
        private boolean sameWine(String a, String b) {
            int family = index.familyOf(a);
            return a.equals(b) || family >= 0 && family == index.familyOf(b);
        }
    }
}
