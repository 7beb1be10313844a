package io.cellarsync.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Proposes the library wine a POS label names (R9), and learns from the user's answers.
 *
 * <p>Thread-safe: {@link #match} runs without locks against an immutable index; {@link #add}, {@link #confirm},
 * {@link #reject} and {@link #learn} swap in a new state atomically. Repeated labels are answered from a cache.
 * <pre>{@code
 * MatchingEngine engine = MatchingEngine.of(wines);
 * Proposal proposal = engine.match("CH MARGAUX 15 BTL");
 * // proposal.verdict(): YES, ALMOST (proposal.vintage() is then the fix) or NO
 * engine.confirm("CH MARGAUX 15 BTL", "w42"); // the same label now resolves to w42 at once
 * }</pre>
 */
public final class MatchingEngine {

    /** The default score under which the answer is {@code no}; tuned on the evaluation sets (docs/matching.md). */
    public static final double DEFAULT_YES_THRESHOLD = 0.65;
    /** The default lead the best wine needs over any other wine for a yes; tuned like the threshold. */
    public static final double DEFAULT_AMBIGUITY_MARGIN = 0.05;
    private static final int RESCORED = 10;

    private final LabelParser parser;
    private final VerdictRule verdicts;
    private final Cache<CacheKey, Proposal> cache;
    private volatile State state;

    /** Everything a match reads, swapped as a whole. */
    private record State(long generation, WineIndex index, UserAnswers answers) {}

    private record CacheKey(long generation, String label) {}

    private MatchingEngine(Builder builder, WineIndex index) {
        this.parser = new LabelParser(builder.clock);
        this.verdicts = new VerdictRule(builder.yesThreshold, builder.ambiguityMargin, builder.maxCandidates,
                builder.partialNamesAnswerNo, builder.unsaidFormatIsStandardBottle);
        this.cache = Caffeine.newBuilder().maximumSize(builder.cacheSize).build();
        this.state = new State(0, index, UserAnswers.NONE);
        learn(builder.learned);
    }

    /**
     * An engine over the given library wines, with the system clock and default settings.
     *
     * @param wines the library; ids must be unique
     * @return the engine
     * @throws InvalidWineException when two wines share an id
     */
    public static MatchingEngine of(Collection<LibraryWine> wines) {
        return builder().build(wines);
    }

    /** @return a builder for an engine with non-default settings */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Proposes the library wine the label names. Never throws for any label: an empty or unreadable label is
     * answered {@link Verdict#NO}. Only about the first 400 characters are read; a longer label is answered
     * but not memoised.
     *
     * @param label the POS label, as typed in the till
     * @return the proposal
     * @throws NullPointerException when the label is null (the package is {@code @NullMarked})
     */
    public Proposal match(String label) {
        Objects.requireNonNull(label, "label");
        State current = state;
        if (label.length() > Tokenizer.MAX_CHARS) {
            // No till writes such a label; kept whole as a key, a few thousand of them would fill the heap.
            return compute(label, current);
        }
        return cache.get(new CacheKey(current.generation(), label), key -> compute(label, current));
    }

    private Proposal compute(String label, State current) {
        ParsedLabel parsed = parser.parse(label);
        WineIndex index = current.index();
        LabelQuery query = LabelQuery.of(parsed, index);
        if (parsed.terms().isEmpty()) {
            return VerdictRule.no(parsed, query, List.of(), 0, label.isBlank() ? "the label is empty"
                    : "the label names no wine, only a vintage, colour or serving");
        }
        String key = parsed.key();
        Optional<String> confirmedId = current.answers().confirmedFor(key);
        int confirmedFamily = confirmedId.map(index::familyOf).orElse(-1);
        if (confirmedFamily >= 0) {
            return confirmedProposal(parsed, query, confirmedId.get(), confirmedFamily, index);
        }
        Set<Integer> excluded = new HashSet<>();
        for (String rejectedId : current.answers().rejectedFor(key)) {
            excluded.add(index.familyOf(rejectedId));
        }
        List<ScoredFamily> scored = FamilyScorer.score(query, parsed, index, excluded, RESCORED);
        return verdicts.decide(parsed, query, scored, index);
    }

    private static Proposal confirmedProposal(ParsedLabel parsed, LabelQuery query, String wineId, int family,
            WineIndex index) {
        ScoredFamily scored = FamilyScorer.rescore(family, query, parsed, index);
        OptionalInt vintage = OptionalInt.empty();
        for (WineFamily.Row row : index.families[family].rows) {
            if (row.id().equals(wineId) && row.vintage() != 0) {
                vintage = OptionalInt.of(row.vintage());
            }
        }
        // The user's answer stands, but the explanation still says whether the label's vintage is the wine's.
        Set<Evidence> agreed = EnumSet.noneOf(Evidence.class);
        agreed.addAll(scored.agreed());
        Set<Evidence> disagreed = EnumSet.noneOf(Evidence.class);
        disagreed.addAll(scored.disagreed());
        int claimed = VerdictRule.vintageClaimed(parsed, index.families[family], index);
        if (claimed != 0) {
            (vintage.isPresent() && vintage.getAsInt() == claimed ? agreed : disagreed).add(Evidence.VINTAGE);
        }
        // R9: a label whose vintage the wine is not held in is "almost", the label's vintage the fix, confirmed or not
        // (the user accepted that answer; a yes would make the host link the held vintage instead).
        boolean almost = claimed != 0 && !index.families[family].holdsVintage(claimed);
        if (almost) {
            vintage = OptionalInt.of(claimed);
        }
        // The serving the label says of this wine ("COPA SABIA …" is a bottle of Copa Sabia), as an answer does.
        Serving serving = VerdictRule.servingFor(parsed, index.families[family], index);
        return new Proposal(parsed.original(), almost ? Verdict.ALMOST : Verdict.YES, Optional.of(wineId), vintage, 1.0,
                serving,
                new Explanation(agreed, disagreed, query.unknownWords, "a user linked this label to this wine before"),
                List.of(new Candidate(wineId, 1.0)));
    }

    /**
     * Adds wines to the library, all or nothing; matches that start after this call see them.
     *
     * @param wines the new wines; their ids must not be in the library yet
     * @throws InvalidWineException when an id is already in the library or given twice (nothing is added)
     */
    public synchronized void add(Collection<LibraryWine> wines) {
        State current = state;
        WineIndex index = current.index().with(wines);
        replace(new State(current.generation() + 1, index, current.answers()));
    }

    /**
     * Remembers that the user linked this label to this wine: the same label (case, accents, abbreviations and
     * 2-digit vintages folded) resolves to it at once next time, with {@link Verdict#YES}, or {@link Verdict#ALMOST}
     * (the label's vintage as the fix) when the label names a vintage the library does not hold for the wine. The
     * label is what {@link #learned()} keeps, for a later engine to read again; it replaces the confirmation of any
     * label this engine reads the same way, and lifts their rejections of the wine's vintages and sizes.
     *
     * @param label the POS label
     * @param wineId the library wine the user chose
     * @throws UnknownWineException when the wine is not in the library
     * @throws IllegalArgumentException when the label names nothing (blank, or only a vintage or serving)
     */
    public synchronized void confirm(String label, String wineId) {
        State current = state;
        ParsedLabel parsed = learnable(label, wineId, current);
        UserAnswers.Draft answers = current.answers().edit(current.index());
        answers.confirm(stored(label, parsed), parsed.key(), wineId);
        replace(new State(current.generation() + 1, current.index(), answers.done()));
    }

    /**
     * Remembers that this label is not this wine: it (and the other vintages and sizes of the same wine) is not
     * proposed again for the same label (case, accents, abbreviations and 2-digit vintages folded), and a
     * confirmation of that wine for a label this engine reads the same way is dropped. The label is what
     * {@link #learned()} keeps, for a later engine to read again.
     *
     * @param label the POS label
     * @param wineId the library wine the user refused
     * @throws UnknownWineException when the wine is not in the library
     * @throws IllegalArgumentException when the label names nothing (blank, or only a vintage or serving)
     */
    public synchronized void reject(String label, String wineId) {
        State current = state;
        ParsedLabel parsed = learnable(label, wineId, current);
        UserAnswers.Draft answers = current.answers().edit(current.index());
        answers.reject(stored(label, parsed), parsed.key(), wineId);
        replace(new State(current.generation() + 1, current.index(), answers.done()));
    }

    /**
     * What this engine has learned, for the host to store as it is and give back with {@link #learn} or
     * {@link Builder#learned}, to this engine's version or a later one: each answer under the label it was given for
     * (see {@link LearnedAnswers}). An engine of the same version given these answers gives them back equal.
     *
     * @return the confirmed and rejected answers
     */
    public LearnedAnswers learned() {
        return state.answers().stored();
    }

    /**
     * Merges answers learned before (by this engine or another, of this version or an earlier one): each label is read
     * with this engine's parser, and the answers are later than this engine's own, so for a label read the same way
     * they win (a rejection drops a confirmation of the same wine; a confirmation replaces another label's and lifts
     * their rejections of its wine). Within {@code answers}, rejections are applied first, then confirmations; of
     * several confirmed labels this engine reads the same way (a vocabulary change can make two labels one), the
     * confirmation of the smallest wine id is kept. A key stored by an earlier version is kept as a key (see
     * {@link LearnedAnswers}).
     *
     * @param answers what was learned
     */
    public synchronized void learn(LearnedAnswers answers) {
        State current = state;
        UserAnswers.Draft draft = current.answers().edit(current.index());
        answers.rejected().forEach((label, ids) -> {
            String key = keyOf(label);
            ids.forEach(id -> draft.reject(label, key, id));
        });
        Map<String, Map.Entry<String, String>> kept = new HashMap<>();
        answers.confirmed().forEach((label, id) -> kept.merge(keyOf(label), Map.entry(label, id),
                MatchingEngine::smallerWineId));
        kept.forEach((key, confirmation) -> draft.confirm(confirmation.getKey(), key, confirmation.getValue()));
        replace(new State(current.generation() + 1, current.index(), draft.done()));
    }

    /** Of two confirmations (label → wine id) read as one label, that of the smaller wine id, then label. */
    private static Map.Entry<String, String> smallerWineId(Map.Entry<String, String> a, Map.Entry<String, String> b) {
        int byId = a.getValue().compareTo(b.getValue());
        return byId < 0 || byId == 0 && a.getKey().compareTo(b.getKey()) <= 0 ? a : b;
    }

    /** The key a stored label is read as today; a key stored by an earlier version is its own. */
    private String keyOf(String stored) {
        return ParsedLabel.isKey(stored) ? stored : parser.parse(stored).key();
    }

    /**
     * What {@link #learned()} keeps of a label: the label, for a later engine to read again; but today's key for one
     * over {@link Tokenizer#MAX_CHARS} characters, which no till writes and the parser reads only the start of, and
     * for one that reads as a key itself, which {@link #keyOf} would take for one.
     */
    private static String stored(String label, ParsedLabel parsed) {
        return label.length() > Tokenizer.MAX_CHARS || ParsedLabel.isKey(label) ? parsed.key() : label;
    }

    /** The number of labels whose answers the memo holds now (tests). */
    long memoisedLabels() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** @return the number of library wines the engine holds */
    public int size() {
        return state.index().size();
    }

    private ParsedLabel learnable(String label, String wineId, State current) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(wineId, "wineId");
        if (current.index().familyOf(wineId) < 0) {
            throw new UnknownWineException(wineId);
        }
        ParsedLabel parsed = parser.parse(label);
        if (parsed.terms().isEmpty()) {
            throw new IllegalArgumentException("cannot learn from label '" + label
                    + "': it names no wine (it is blank or holds only a vintage, colour or serving)");
        }
        return parsed;
    }

    private void replace(State next) {
        state = next;
        cache.invalidateAll();
    }

    /** Settings of a {@link MatchingEngine}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private long cacheSize = 10_000;
        private int maxCandidates = 3;
        private double yesThreshold = DEFAULT_YES_THRESHOLD;
        private double ambiguityMargin = DEFAULT_AMBIGUITY_MARGIN;
        private boolean partialNamesAnswerNo = true;
        private boolean unsaidFormatIsStandardBottle;
        private LearnedAnswers learned = LearnedAnswers.NONE;

        private Builder() {}

        /**
         * @param value the clock that tells the current year (2-digit vintages, the latest plausible vintage)
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param labels how many distinct labels to remember answers for, 0 or more (default 10,000)
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder cacheSize(long labels) {
            if (labels < 0) {
                throw new IllegalArgumentException("cache size is 0 or more labels, got " + labels);
            }
            this.cacheSize = labels;
            return this;
        }

        /**
         * @param count how many candidates a proposal lists, 1 to 10 (default 3)
         * @return this builder
         * @throws IllegalArgumentException when outside 1 to 10
         */
        public Builder maxCandidates(int count) {
            if (count < 1 || count > RESCORED) {
                throw new IllegalArgumentException("max candidates is 1 to " + RESCORED + ", got " + count);
            }
            this.maxCandidates = count;
            return this;
        }

        /**
         * @param score the score under which the answer is {@code no}, in (0, 1]; higher trades found wines for
         *     fewer wrong {@code yes} (default {@link #DEFAULT_YES_THRESHOLD})
         * @return this builder
         * @throws IllegalArgumentException when outside (0, 1]
         */
        public Builder yesThreshold(double score) {
            if (!(score > 0 && score <= 1)) {
                throw new IllegalArgumentException("the yes threshold is in (0, 1], got " + score);
            }
            this.yesThreshold = score;
            return this;
        }

        /**
         * @param lead how far ahead of any other wine the best must score for a yes or almost, in [0, 1); when two
         *     wines are closer, the label is ambiguous and the answer is no (default
         *     {@link #DEFAULT_AMBIGUITY_MARGIN})
         * @return this builder
         * @throws IllegalArgumentException when outside [0, 1)
         */
        public Builder ambiguityMargin(double lead) {
            if (!(lead >= 0 && lead < 1)) {
                throw new IllegalArgumentException("the ambiguity margin is in [0, 1), got " + lead);
            }
            this.ambiguityMargin = lead;
            return this;
        }

        /**
         * @param answerNo whether a label that names only part of the best wine's name, while another wine explains
         *     the label as well, is answered no (default true: {@code BOURGOGNE CHARDONNA} for two Bourgogne
         *     Chardonnays of different cuvées); false proposes the better fit
         * @return this builder
         */
        public Builder partialNamesAnswerNo(boolean answerNo) {
            this.partialNamesAnswerNo = answerNo;
            return this;
        }

        /**
         * @param standardBottle whether a label that names no format ("TIGNANELLO '22", no {@code BTL}, {@code MAG}
         *     nor glass) names the 75 cl listing of a wine the library lists more than once, in several formats (a
         *     75 cl and a half-bottle or 3 l listing). Default false: such a label is answered no ("the library lists
         *     this wine more than once"), since many tills write no format for a magnum too. True suits a till that
         *     writes the format for every bottle but the 75 cl one
         * @return this builder
         */
        public Builder unsaidFormatIsStandardBottle(boolean standardBottle) {
            this.unsaidFormatIsStandardBottle = standardBottle;
            return this;
        }

        /**
         * @param answers answers learned before, as exported by {@link MatchingEngine#learned()} of this version or an
         *     earlier one; the engine reads their labels with its own parser (see {@link MatchingEngine#learn})
         * @return this builder
         */
        public Builder learned(LearnedAnswers answers) {
            this.learned = Objects.requireNonNull(answers, "answers");
            return this;
        }

        /**
         * Builds the engine and its index.
         *
         * @param wines the library; ids must be unique
         * @return the engine
         * @throws InvalidWineException when two wines share an id
         */
        public MatchingEngine build(Collection<LibraryWine> wines) {
            return new MatchingEngine(this, WineIndex.build(wines));
        }
    }
}
