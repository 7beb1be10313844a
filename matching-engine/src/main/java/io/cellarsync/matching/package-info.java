/**
 * The wine-aware matcher (R9): proposes the library wine that a POS label names, with a verdict
 * {@link io.cellarsync.matching.Verdict#YES yes}, {@link io.cellarsync.matching.Verdict#ALMOST almost} (the wine,
 * another vintage) or {@link io.cellarsync.matching.Verdict#NO no}.
 *
 * <p>Build a {@link io.cellarsync.matching.MatchingEngine} from {@link io.cellarsync.matching.LibraryWine}s, call
 * {@link io.cellarsync.matching.MatchingEngine#match(String)} for each label and read the
 * {@link io.cellarsync.matching.Proposal}. The engine learns from the user's answers
 * ({@link io.cellarsync.matching.MatchingEngine#confirm confirm}, {@link io.cellarsync.matching.MatchingEngine#reject
 * reject}) and can export them as {@link io.cellarsync.matching.LearnedAnswers} for the host to keep. How it works is
 * described in {@code docs/matching.md}.
 */
@NullMarked
package io.cellarsync.matching;

import org.jspecify.annotations.NullMarked;
