package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A wine the library lists more than once: which candidate families are listings of the best one (the same name
 * once the producers' and estate words are left out, from one producer, which the label's words do not tell apart),
 * which of them the label names (by its vintage or its bottle), and when another family of the same name makes the
 * label ambiguous. Read by {@link VerdictRule}.
 */
final class Listings {

    private final double yesThreshold;
    private final double ambiguityMargin;
    private final boolean unsaidFormatIsStandardBottle;

    Listings(double yesThreshold, double ambiguityMargin, boolean unsaidFormatIsStandardBottle) {
        this.yesThreshold = yesThreshold;
        this.ambiguityMargin = ambiguityMargin;
        this.unsaidFormatIsStandardBottle = unsaidFormatIsStandardBottle;
    }

    /**
     * The other listings of the best wine that fit the label as well as a rival would: families from the same producer
     * with the same name words once both producers' words and the estate words are left out ("Paolo Scavino Barolo
     * Bricco Ambrogio" and "Barolo Bricco Ambrogio Paolo Scavino"), that the label does not tell apart by its words:
     * each explains every label word the other explains, the label leaves the same distinctive words of both names
     * unnamed (the producers' words aside: {@link #unnamedNameWords}), and the names write the same single letters,
     * which the index does not keep.
     * They are not other wines: which of them the label names is a question of vintage ({@link #named}).
     * The same-name test alone is loose (a cuvée named by the producer's words, a producer sharing one word with
     * another's name): "ORNELLAIA" does not name Masseto Ornellaia (by Ornellaia e Masseto), "CLOS MANOU" not Celler
     * Gritelles' Manou Gritelles, "PAOLO SCAVINO LANGHE NEBBIOLO" not Paolo Giordano's Langhe Nebbiolo, and "Vistalba
     * Corte A" is not "Vistalba Corte B", whichever holds the label's vintage.
     */
    List<ScoredFamily> others(List<ScoredFamily> scored, LabelQuery query, WineIndex index) {
        ScoredFamily bestScored = scored.get(0);
        WineFamily best = index.families[bestScored.family()];
        List<ScoredFamily> listings = new ArrayList<>();
        for (ScoredFamily other : scored.subList(1, scored.size())) {
            boolean fits = other.asRival() >= yesThreshold
                    || bestScored.standing() - other.asRival() < ambiguityMargin;
            WineFamily family = index.families[other.family()];
            if (fits && sameNameWords(best, family, index) && fromOneProducer(best, family, index)
                    && other.explainsAllThat(bestScored) && bestScored.explainsAllThat(other)
                    && Arrays.equals(unnamedNameWords(best, query, index, best, family),
                            unnamedNameWords(family, query, index, best, family))
                    && singleLetters(best, best, family).equals(singleLetters(family, best, family))) {
                listings.add(other);
            }
        }
        return listings;
    }

    /**
     * The distinctive words of the family's name that the label does not name at all, sorted, but a word of either
     * listing's producer ("Kaltern Saleit Chardonnay" by Kellerei Kaltern is "Saleit Chardonnay" listed again; "Les
     * Roncières Domaine Robert Chevillon", "… Domaine Chevillon"), unless it is some wine's whole name: "Masseto
     * Ornellaia" by Ornellaia e Masseto is not "Ornellaia" listed again when the library lists a wine named "Masseto".
     */
    private static int[] unnamedNameWords(WineFamily family, LabelQuery query, WineIndex index, WineFamily a,
            WineFamily b) {
        return family.nameTerms(t -> !index.soft[t] && FamilyScorer.namedByLabel(t, query, index) == 0
                && !((a.fieldHas(WineFamily.Field.PRODUCER, t) || b.fieldHas(WineFamily.Field.PRODUCER, t))
                        && !namesAWineOfTheHouseAlone(t, index, a, b)));
    }

    /**
     * Whether the house of {@code a} or {@code b} lists a wine whose name is the word alone, soft words aside
     * ("Masseto" by Ornellaia e Masseto). Another house's does not count: Elodie D.'s "Cuvée Pierre" does not make
     * the "Jean-Pierre Mouiex" of "Château Latour à Pomerol Jean-Pierre Mouiex" another wine than "Château Latour à
     * Pomerol", both by Etablissements Jean-Pierre Mouiex ("CH LATOUR A POMEROL 09" was NO; probe AC).
     */
    private static boolean namesAWineOfTheHouseAlone(int term, WineIndex index, WineFamily a, WineFamily b) {
        for (int at = index.postingsStart(term); at < index.postingsEnd(term); at++) {
            WineFamily family = index.families[index.posting(at)];
            int[] words = signature(family, index);
            if (words.length == 1 && words[0] == term
                    && (producersShareAWord(family, a, index) || producersShareAWord(family, b, index))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The single letters the name writes, other than articles and the producers' words: the index does not keep them
     * ("Vistalba Corte B", "G de Château Guiraud", "Riesling K Trocken").
     */
    private static Set<String> singleLetters(WineFamily named, WineFamily a, WineFamily b) {
        Set<String> letters = LibraryText.singleLetters(named.name);
        letters.removeAll(LabelVocabulary.STOP);
        letters.removeAll(LibraryText.singleLetters(a.producer));
        letters.removeAll(LibraryText.singleLetters(b.producer));
        return letters;
    }

    /**
     * Which listing of a wine the library lists more than once the label names, or null when the label does not say,
     * given the vintage it claims for the wine and its serving for it (the COPA of "COPA SABIA RESERVA BRUT" is the
     * wine's name, not a glass):
     * the only one holding the label's vintage; when none holds it, the one holding the closest vintage, the
     * best-scored of those at the same distance (the answer is then {@code almost}, and the vintage fix is the same
     * whichever listing carries it: "CH AUSONE 2017" names the listing held in 2018 as the closest, not the one of
     * 2020); when the label names a format (a magnum, a half bottle, or a bottle: "FL. TIGNANELLO 2022" against its
     * 75 cl and half-bottle listings) and has no vintage or one several listings hold, the only one held in that format
     * (in that vintage), a glass naming the 75 cl bottle it is poured from ({@link Serving#pouredFromMl}); else null:
     * a label naming no format tells nothing, a till writes no format for a magnum listing as often, unless the engine
     * is told that its till names the 75 cl bottle so ({@link MatchingEngine.Builder#unsaidFormatIsStandardBottle}).
     */
    ScoredFamily named(ScoredFamily best, List<ScoredFamily> listings, int vintage, Serving serving,
            WineIndex index) {
        List<ScoredFamily> all = new ArrayList<>(listings.size() + 1);
        all.add(best);
        all.addAll(listings);
        int said = serving.pouredFromMl();
        int volume = said == 0 && unsaidFormatIsStandardBottle ? ParsedLabel.STANDARD_BOTTLE_ML : said;
        if (vintage == 0) {
            // "BOLLINGER SPEC CUVEE MAG" against Bollinger Special Cuvée Brut, held in 75 cl, 37.5 cl and magnum, and
            // its other listing, held in 3 l: the format names the listing.
            return onlyHolder(all, volume, 0, index);
        }
        List<ScoredFamily> holders = all.stream()
                .filter(listing -> index.families[listing.family()].holdsVintage(vintage)).toList();
        if (!holders.isEmpty()) {
            // "TIGNANELLO MARCHESI ANTINORI '22 1/2 BTL" against Tignanello, 2022 in 75 cl, and its half-bottle listing.
            return holders.size() == 1 ? holders.get(0) : onlyHolder(holders, volume,
                    vintage, index);
        }
        ScoredFamily closest = best;
        int distance = Integer.MAX_VALUE;
        for (ScoredFamily listing : all) { // best first: it wins a tie
            int d = distanceToClosestVintage(index.families[listing.family()], vintage);
            if (d < distance) {
                closest = listing;
                distance = d;
            }
        }
        return closest;
    }

    /**
     * The only listing with a row of the format (and of the vintage, unless it is 0), or null: when the label names no
     * bottle nor a glass ({@code volumeMl} 0), or several listings hold it.
     */
    private static ScoredFamily onlyHolder(List<ScoredFamily> listings, int volumeMl, int vintage, WineIndex index) {
        List<ScoredFamily> holders = listings.stream().filter(listing -> volumeMl != 0
                && Arrays.stream(index.families[listing.family()].rows)
                        .anyMatch(row -> row.volumeMl() == volumeMl && (vintage == 0 || row.vintage() == vintage)))
                .toList();
        return holders.size() == 1 ? holders.get(0) : null;
    }

    /** How many years the family's closest vintage is from {@code vintage}; a wine held only without one is farthest. */
    private static int distanceToClosestVintage(WineFamily family, int vintage) {
        int closest = family.rowFor(vintage, 0).vintage();
        return closest == 0 ? Integer.MAX_VALUE : Math.abs(closest - vintage);
    }

    /**
     * Why another family that also fits the label, with the same name words once the words of both producers and the
     * estate words ({@link LabelVocabulary#ESTATE_WORDS}) are left out, makes the label ambiguous; null when none does.
     * From one producer it is the same wine listed again ("Roagna Barbaresco Gallina" and "Barbaresco Gallina Roagna
     * Azienda Agricola"; "Barolo Falletto di Bruno Giacosa" by Bruno Giacosa and by the estate's company): always
     * ambiguous. From another producer it is another wine of the same name ("Chablis Premier Cru Fourchaume" of Brocard
     * and of Oliveira Lecestre): ambiguous unless the label names what tells them apart ("BROCARD CHABLIS 1ER").
     */
    String sameNameElsewhere(List<ScoredFamily> scored, WineIndex index) {
        ScoredFamily bestScored = scored.get(0);
        WineFamily best = index.families[bestScored.family()];
        for (ScoredFamily other : scored.subList(1, scored.size())) {
            WineFamily family = index.families[other.family()];
            // Another producer's wine of the same name is a rival when it fits as well as the threshold, or as close to
            // the best as a wine at the threshold is to a perfect fit: a slip that lowers every score ("POUILLY
            // FUMME") must not leave the best alone above the threshold.
            boolean rival = other.asRival() >= yesThreshold;
            boolean closeRival = other.asRival() >= bestScored.standing() - (1 - yesThreshold);
            if (!(rival || closeRival) || !sameNameWords(best, family, index)) {
                continue;
            }
            if (fromOneProducer(best, family, index)) {
                if (bestScored.explainsAllThat(other) && !other.explainsAllThat(bestScored)) {
                    // The label names a word of this listing the other lacks ("RIUNITI DEI COLLI EUGANEI NOTTE DI
                    // GALILEO", the producer of one listing): it names this one.
                    continue;
                }
                if (rival) {
                    return "the library lists this wine more than once";
                }
            } else if (other.explainsAllThat(bestScored)) {
                return "wines of several producers have this name";
            }
        }
        return null;
    }

    /**
     * Whether two families have the same name words once the words of both producers and the estate words are left
     * out ("Gaja Barbaresco" by Gaja and "Barbaresco Gaja"; "Chablis Premier Cru Fourchaume" of two producers).
     */
    private static boolean sameNameWords(WineFamily a, WineFamily b, WineIndex index) {
        int[] aWords = nameWithoutProducers(a, a, b, index);
        int[] bWords = nameWithoutProducers(b, a, b, index);
        if (aWords.length == 0 && bWords.length == 0) {
            // Names made only of the producers' words differ when one has a word the other lacks that names a wine by
            // itself: "Ornellaia" and "Masseto Ornellaia", both by Ornellaia e Masseto, are two wines, the library
            // listing a "Masseto"; "Château Potensac" and "Château Potensac Domaines Delon" by Les Domaines Delon are one.
            // Or when one, named only by its producer's words, has a word the other lacks everywhere: "Fleur de
            // Pedesclaux" is the second wine of "Château Pedesclaux".
            return !hasAWineOfItsOwn(a, b, index) && !hasAWineOfItsOwn(b, a, index)
                    && !hasAWordTheOtherLacks(a, b, index) && !hasAWordTheOtherLacks(b, a, index);
        }
        return Arrays.equals(aWords, bWords);
    }

    /**
     * Whether {@code named}'s name has a distinctive word (not soft, not an estate word) that {@code other} has neither
     * in its name nor in its producer: "Fleur de Pedesclaux" by Fleur de Pedesclaux is not "Château Pedesclaux" listed
     * again, although each name is its producer's words.
     */
    private static boolean hasAWordTheOtherLacks(WineFamily named, WineFamily other, WineIndex index) {
        int[] words = signature(named, index);
        boolean lacked = false;
        for (int term : words) {
            if (!named.fieldHas(WineFamily.Field.PRODUCER, term)) {
                // A name with words beyond its producer's is another's name with the producer added ("Château Potensac
                // Domaines Delon" by Les Domaines Delon is Château Potensac).
                return false;
            }
            lacked |= !other.fieldHas(WineFamily.Field.NAME, term) && !other.fieldHas(WineFamily.Field.PRODUCER, term);
        }
        return lacked;
    }

    /** Whether {@code named}'s name has a word {@code other}'s lacks that is the whole name of a wine of their house. */
    private static boolean hasAWineOfItsOwn(WineFamily named, WineFamily other, WineIndex index) {
        for (int term : named.nameTerms(t -> !other.fieldHas(WineFamily.Field.NAME, t))) {
            if (namesAWineOfTheHouseAlone(term, index, named, other)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two families come from one producer, read either way ({@link #oneProducer}). */
    private static boolean fromOneProducer(WineFamily a, WineFamily b, WineIndex index) {
        return oneProducer(a, b, index) || oneProducer(b, a, index);
    }

    /**
     * Whether a distinctive word of {@code a}'s producer (not an estate word) is in {@code b}'s producer or name: the
     * two entries come from one producer ("Terreno" and "Terreno Società Agricola Srl"; "Bruno Giacosa" and the
     * estate's company, whose wine is named "… di Bruno Giacosa"), not two producers of one appellation's wine.
     */
    private static boolean oneProducer(WineFamily a, WineFamily b, WineIndex index) {
        return producerWordIn(a, b, true, index);
    }

    /**
     * Whether the two producers share a distinctive word (not an estate word): one house, read from the producers
     * alone, as a word of {@code b}'s wine's name does not make {@code a}'s producer {@code b}'s ({@link #oneProducer}
     * does: Elodie D.'s "Cuvée Pierre" names the Pierre of Jean-Pierre Mouiex).
     */
    private static boolean producersShareAWord(WineFamily a, WineFamily b, WineIndex index) {
        return producerWordIn(a, b, false, index);
    }

    /** Whether a distinctive word of {@code a}'s producer is in {@code b}'s producer, or in its name if asked. */
    private static boolean producerWordIn(WineFamily a, WineFamily b, boolean orName, WineIndex index) {
        for (int i = a.from(WineFamily.Field.PRODUCER); i < a.to(WineFamily.Field.PRODUCER); i++) {
            int term = a.terms[i];
            if (!LabelVocabulary.ESTATE_WORDS.contains(index.dictionary.term(term))
                    && (b.fieldHas(WineFamily.Field.PRODUCER, term)
                            || orName && b.fieldHas(WineFamily.Field.NAME, term))) {
                return true;
            }
        }
        return false;
    }

    private static int[] nameWithoutProducers(WineFamily named, WineFamily a, WineFamily b, WineIndex index) {
        return named.nameTerms(t -> !LabelVocabulary.ESTATE_WORDS.contains(index.dictionary.term(t))
                && !a.fieldHas(WineFamily.Field.PRODUCER, t) && !b.fieldHas(WineFamily.Field.PRODUCER, t));
    }

    /** The distinct words of the family's name that are not soft, sorted: what tells its name from another's. */
    static int[] signature(WineFamily family, WineIndex index) {
        return family.nameTerms(t -> !index.soft[t]);
    }
}
