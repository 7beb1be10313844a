package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the wine families a label may name and scores them. Candidate generation sums the IDF weights of the
 * label's terms over the postings (BM25's idea without its length normalisation); the top families are then
 * re-scored on how much of the label they explain, how much of their name the label covers, the producer, and
 * colour agreement.
 */
final class FamilyScorer {

    static final int CANDIDATES = 40;
    static final double LABEL_WEIGHT = 0.5;
    static final double NAME_WEIGHT = 0.4;
    static final double PRODUCER_WEIGHT = 0.1;
    static final double COLOUR_CONFLICT = 0.3;
    static final double CONFLICT_WEIGHT = 0.3;
    static final double COLOUR_AGREEMENT = 0.01;
    /**
     * The library holds the label's vintage for the wine (a cellar's POS names the vintages the cellar holds); also
     * what a non-vintage label costs a wine held only in vintages, and the reverse.
     */
    static final double VINTAGE_AGREEMENT = 0.05;
    /**
     * The library holds the label's vintage for a wine that explains every word of the label: of two wines of one
     * producer a cut label fits both ("VIDAL-FLEURY 2024"), and the vintage ranks them more surely than how much of
     * each name the label covers. Against a rival it counts {@link #VINTAGE_AGAINST_RIVAL} only
     * ({@link ScoredFamily#rankingOnly}): a label fitting two wines equally is still NO when only the vintage tells them
     * apart. A wine leaving a label word unexplained gets the plain {@link #VINTAGE_AGREEMENT} ("RIOJA BORDON GRAN RES
     * 2018" stays the Gran Reserva, not the Reserva of 2018).
     */
    static final double VINTAGE_AGREEMENT_ALL_WORDS = 0.12;
    /** What the vintage agreement weighs against a rival ({@link ScoredFamily#standing}): below the default margin. */
    static final double VINTAGE_AGAINST_RIVAL = 0.04;
    /** The share of its weight a soft label word (brut, clos, rouge…) the wine does not have counts against it. */
    static final double UNEXPLAINED_SOFT_WORD_SHARE = 0.2;
    /** A label naming one grape variety and a wine naming another: two wines (it costs what a colour conflict does). */
    static final double GRAPE_CONFLICT = 0.3;
    /**
     * What the label's grape variety is worth when the wine's name names none and its grapes column holds it
     * ({@link GrapeVarieties.Agreement#AGREES_BY_GRAPES}): the label's words for it are none of the name's, yet they
     * agree ("7 Deadly Wines 7 Deadly Zins Old Vine Zinfandel", "Fautor Höga Kusten Röd Merlot - Rara Neagră" of the
     * cross-source set were NO, 0.56 and 0.61; sixteenth session: they alone moved at 0.1, while 0.2 cost (b) and
     * (d) right answers and made probes J and T answer for wines not stocked).
     */
    static final double GRAPES_COLUMN_AGREEMENT = 0.1;
    /**
     * How much of a name's word the letter left of a cut word ({@link ParsedLabel#trailingLetter}) names: as much as a
     * short word cut inside a label does (0.6; 0.3 to 0.85 measured the same on the evaluation sets).
     */
    static final float TRAILING_LETTER_FACTOR = 0.6f;
    /** What a label word of the producer's initials ("JJ" of Joh. Jos. Prüm) counts for it and for the words. */
    static final float INITIALS_FACTOR = 0.75f;
    /**
     * A letter ending the label that starts no word of the wine the label leaves unnamed is what is left of a word the
     * wine does not have ({@link #trailingLetterUnexplained}): a contradiction, like a colour conflict, that leaves a
     * wine the label otherwise names in full under the threshold (0.2 and 0.3 measured the same; 0.4 answers a few
     * more such labels {@code no}).
     */
    static final double TRAILING_LETTER_UNEXPLAINED = 0.4;
    /** The letters that start the articles a cut label may end with (de, di, du, la, le, l'…). */
    private static final Set<String> ARTICLE_INITIALS = Set.of("d", "l");
    /**
     * Letters inside a label that are no initial: an article's ({@link #ARTICLE_INITIALS}: "D´ALBA") and a possessive's
     * written without its apostrophe ("GVANTSA S WINE").
     */
    private static final String NOT_INITIALS = "dls";
    /**
     * The label names a house ({@link LabelVocabulary#HOUSES}: château, domaine, clos…) but neither the wine's producer
     * nor any word of the wine's own ({@link #hasOwnWord}), only places, grapes and mentions ({@link LabelQuery#generic}),
     * while the wine's name has words of its own: it names a house called by the place, not this one ("CH MARGAUX"
     * against Château Haut Breton Larigaudière Margaux, the library's only Margaux). Without a house word the label
     * names the appellation, and a cellar holding one wine of it means that one ("VERRE COTES DU RHONE RGE" is the
     * demo's Côtes du Rhône Rouge Parallèle 45). A word of the wine's own names it, even without the name's first
     * words ("MACCHIALUNA" is La Nascosta Macchialuna). As a rival of the best wine, a wine counts without this
     * penalty ({@link ScoredFamily#asRival}): that the label does not name it does not make another wine fit better
     * ("CH POMEROL 2018" fits the wine named "Pomerol" and Château Feytit-Clinet Pomerol).
     */
    static final double HEAD_UNNAMED = 0.15;
    /** The label's words begin the wine's name, in order ({@link WordOrder}): a till's cut label. */
    static final double WORD_ORDER_AGREEMENT = 0.04;
    /**
     * A label word the library knows but this wine does not have is evidence of another wine ("ROSSO DI MONTALCINO"
     * is not the Brunello, "SPÄTBURGUNDER" not the Riesling): its weight counts against the wine, even when the wine
     * has no word of its own that the label lacks.
     */
    static final double UNEXPLAINED_PENALTY = 0.2;
    /** What a label's appellation counts when the wine's name names no place (it leaves the appellation out). */
    static final double OMITTED_PLACE_SHARE = 0.5;
    /** A label word held by at most this many families is rare: all of them are candidates. */
    static final int RARE_POSTINGS = 16;
    /** How many of the label's rarest words bring all their families in. */
    static final int RARE_WORDS = 2;

    private FamilyScorer() {}

    /** The families best matching the query, best first, at most {@code limit}, excluding {@code excluded}. */
    static List<ScoredFamily> score(LabelQuery query, ParsedLabel label, WineIndex index, Set<Integer> excluded,
            int limit) {
        int[] candidates = candidates(query, index);
        List<ScoredFamily> scored = new ArrayList<>(candidates.length);
        for (int family : candidates) {
            if (!excluded.contains(family)) {
                scored.add(rescore(family, query, label, index));
            }
        }
        scored.sort(Comparator.comparingDouble(ScoredFamily::score).reversed());
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    private static int[] candidates(LabelQuery query, WineIndex index) {
        float[] sums = new float[index.families.length];
        int[] touched = new int[64];
        int touchedCount = 0;
        for (int i = 0; i < query.size(); i++) {
            int exact = query.ids[i] >= 0 ? 1 : 0;
            for (int k = -exact; k < query.alternatives[i].length; k++) {
                int term = k < 0 ? query.ids[i] : query.alternatives[i][k];
                float weight = query.weights[i] * (k < 0 ? 1f : query.alternativeFactors[i][k]);
                for (int at = index.postingsStart(term); at < index.postingsEnd(term); at++) {
                    int family = index.posting(at);
                    if (sums[family] == 0) {
                        if (touchedCount == touched.length) {
                            touched = Arrays.copyOf(touched, touchedCount * 2);
                        }
                        touched[touchedCount++] = family;
                    }
                    sums[family] += weight;
                }
            }
        }
        return withRareWordFamilies(top(sums, touched, touchedCount), query, index);
    }

    /**
     * Adds the families holding the label's most distinctive known words when those words are rare: a producer's name
     * ("DELAMOTTE") must not be crowded out of the candidates by many wines sharing several common words
     * ("grand cru", "mesnil", "oger").
     */
    private static int[] withRareWordFamilies(int[] top, LabelQuery query, WineIndex index) {
        List<Integer> rare = new ArrayList<>();
        for (int i = 0; i < query.size(); i++) {
            int term = query.ids[i];
            if (term >= 0 && !query.soft[i] && index.postingsEnd(term) - index.postingsStart(term) <= RARE_POSTINGS) {
                rare.add(i);
            }
        }
        if (rare.isEmpty()) {
            return top;
        }
        rare.sort(Comparator.comparingDouble((Integer i) -> query.weights[i]).reversed());
        int[] result = Arrays.copyOf(top, top.length + RARE_WORDS * RARE_POSTINGS);
        int n = top.length;
        for (int i : rare.subList(0, Math.min(RARE_WORDS, rare.size()))) {
            int term = query.ids[i];
            for (int at = index.postingsStart(term); at < index.postingsEnd(term); at++) {
                int family = index.posting(at);
                if (!contains(result, n, family)) {
                    result[n++] = family;
                }
            }
        }
        return Arrays.copyOf(result, n);
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static int[] top(float[] sums, int[] touched, int count) {
        if (count <= CANDIDATES) {
            return Arrays.copyOf(touched, count);
        }
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = sums[touched[i]];
        }
        Arrays.sort(values);
        float cut = values[count - CANDIDATES];
        int[] top = new int[CANDIDATES];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (sums[touched[i]] > cut) {
                top[n++] = touched[i];
            }
        }
        // Families tied at the cut (say, every "domaine" that matched nothing else) fill the remaining places only.
        for (int i = 0; i < count && n < top.length; i++) {
            if (sums[touched[i]] == cut) {
                top[n++] = touched[i];
            }
        }
        return Arrays.copyOf(top, n);
    }

    static ScoredFamily rescore(int familyIndex, LabelQuery query, ParsedLabel label, WineIndex index) {
        WineFamily family = index.families[familyIndex];
        Set<Evidence> agreed = EnumSet.noneOf(Evidence.class);
        Set<Evidence> disagreed = EnumSet.noneOf(Evidence.class);
        double explained = 0;
        double total = 0;
        double unexplainedLabel = 0;
        long explainedTerms = 0;
        long explainedAllTerms = 0;
        double unexplainedKnown = 0;
        double omittedPlaces = 0;
        double unexplainedPlace = 0;
        boolean explainsEveryWord = true;
        boolean namesOwnWord = false;
        boolean namesOwnWordNotColour = false;
        long initialsNamed = 0;
        for (int i = 0; i < query.size(); i++) {
            // A soft word ("chateau", "brut") found in the producer does not make the producer agree.
            float match = labelTermMatch(query, i, family, query.soft[i] ? EnumSet.noneOf(Evidence.class) : agreed,
                    index);
            // A till's initials of the producer ("JJ PRUM", "KJ"): consecutive words of the producer, each begun by one
            // letter of the label word in turn; or of two words of the name ("VILLA MARIA PB SAV BLANC").
            if (match == 0 && i < query.labelWordCount) {
                long named = initials(query, i, family, index);
                if (named != 0) {
                    match = INITIALS_FACTOR;
                    initialsNamed |= named;
                    // The name's initials ("PB" of Private Bin) are its cuvée's, not the producer's.
                    boolean ofProducer = Long.numberOfTrailingZeros(named) >= family.from(WineFamily.Field.PRODUCER);
                    agreed.add(ofProducer ? Evidence.PRODUCER : Evidence.CUVEE);
                }
            }
            explained += query.weights[i] * match;
            // Not "champagne" (a soft word and a place): a till's category before the name as often as a word of it
            // ("CHAMP DOM PERIGNON 2017"; probe AD), it does not take the full vintage agreement from the wine.
            if (match == 0 && i < query.labelWordCount && !query.number[i] && !(query.soft[i] && query.place[i])) {
                explainsEveryWord = false;
            }
            // A cuvée number ("281", "904") is a word of the wine's own although it is soft.
            if (match > 0 && (query.number[i] || !query.soft[i] && !query.generic[i])) {
                namesOwnWord = true;
                // A colour word ("ROSA") may be the label's colour rather than the wine's name.
                namesOwnWordNotColour |= query.ids[i] < 0 || !index.colourWord[query.ids[i]];
            }
            if (match > 0 && i < Long.SIZE) {
                explainedAllTerms |= 1L << i;
                // A cuvée number (1685, 61) tells wines apart although it is soft.
                if (!query.soft[i] || query.number[i]) {
                    explainedTerms |= 1L << i;
                }
            }
            boolean omittedPlace = match == 0 && !query.soft[i] && i < query.labelWordCount && query.ids[i] >= 0
                    && query.place[i];
            if (omittedPlace) {
                omittedPlaces += query.weights[i];
                unexplainedPlace = Math.max(unexplainedPlace, query.weights[i]);
            }
            if (!query.soft[i] || match > 0) {
                total += query.weights[i];
            } else if (i < query.labelWordCount && !query.number[i]) {
                // A soft word the wine lacks counts a little: of "Krug" and "Krug Clos du Mesnil", "KRUG CLOS" is
                // the second.
                total += query.weights[i] * UNEXPLAINED_SOFT_WORD_SHARE;
            }
            if (!query.soft[i] && query.ids[i] >= 0 && match == 0 && !omittedPlace) {
                unexplainedKnown = Math.max(unexplainedKnown, query.weights[i]);
            }
            if (!query.soft[i]) {
                // A word the library does not know at all may be noise or a shorthand: it is weak evidence.
                double weight = query.ids[i] < 0 ? Math.min(query.weights[i], index.unknownIdf / 2) : query.weights[i];
                unexplainedLabel = Math.max(unexplainedLabel, weight * (1 - match));
            }
        }
        if (omittedPlaces > 0) {
            // An appellation the wine's name leaves out ("CHATEAU TROTANOY POMEROL" for Château Trotanoy) is how
            // labels and other catalogues name a wine, not another wine: when the label names the wine by a word of
            // its own or its producer, it counts half, and not as a known word the wine lacks. Not when the name
            // names a place of its own ("BAROLO" against a Barbaresco), nor when the label names the wine only by
            // words many wines share ("BAROLO LA ROSA" is not a rosé called La Rosa).
            if ((namesOwnWordNotColour || agreed.contains(Evidence.PRODUCER)) && !nameHasPlace(family, index)) {
                total -= omittedPlaces * (1 - OMITTED_PLACE_SHARE);
            } else {
                unexplainedKnown = Math.max(unexplainedKnown, unexplainedPlace);
            }
        }
        double labelCoverage = total == 0 ? 0 : explained / total;
        Coverage name = coverage(family, WineFamily.Field.NAME, query, label, index, 0, initialsNamed);
        Coverage producer = family.from(WineFamily.Field.PRODUCER) == family.to(WineFamily.Field.PRODUCER)
                ? name : coverage(family, WineFamily.Field.PRODUCER, query, label, index, name.share(), initialsNamed);
        double score = LABEL_WEIGHT * labelCoverage + NAME_WEIGHT * name.share()
                + PRODUCER_WEIGHT * producer.share();
        // A distinctive word on each side that the other lacks: most likely two different wines.
        score -= CONFLICT_WEIGHT * Math.min(unexplainedLabel, name.unnamed()) / index.unknownIdf;
        score -= UNEXPLAINED_PENALTY * unexplainedKnown / index.unknownIdf;
        boolean colourIsAName = label.colour() != Colour.UNKNOWN
                && (colourWordIsAName(query, family) || label.colourFromInitial()
                        && (nameWritesInitial(label, family) || initialStartsAnUnnamedWord(label, query, family, index)));
        // Where the library gives no colour, the wine's grapes tell one, but not against a single letter the label ends
        // with or holds ("… R 2021", "VOLUPTA B 11": as often a cut word as a colour).
        Colour wineColour = family.colour != Colour.UNKNOWN || label.colourFromInitial() ? family.colour
                : GrapeVarieties.colourOf(family.grapes);
        if (label.colour().conflictsWith(wineColour) && !colourIsAName) {
            score -= COLOUR_CONFLICT;
            disagreed.add(Evidence.COLOUR);
        } else if (label.colour() != Colour.UNKNOWN && label.colour() == wineColour) {
            agreed.add(Evidence.COLOUR);
            // Of "Pinot Grigio" and "Pinot Grigio Rosato", a label saying "rosato" names the second.
            score += COLOUR_AGREEMENT;
        }
        GrapeVarieties.Agreement grapes = GrapeVarieties.compare(query.varieties, query.varietyCodes, family, index);
        if (grapes == GrapeVarieties.Agreement.CONFLICTS) {
            score -= GRAPE_CONFLICT;
            disagreed.add(Evidence.GRAPE);
        } else if (grapes == GrapeVarieties.Agreement.AGREES) {
            agreed.add(Evidence.GRAPE);
        } else if (grapes == GrapeVarieties.Agreement.AGREES_BY_GRAPES) {
            agreed.add(Evidence.GRAPE);
            score += GRAPES_COLUMN_AGREEMENT;
        }
        // A dosage the label names and another the wine's name names: two wines of one house (Dosage), as two
        // grapes are.
        if (query.dosage != Dosage.NONE) {
            int from = family.from(WineFamily.Field.NAME);
            Dosage wine = Dosage.of(family.to(WineFamily.Field.NAME) - from,
                    at -> index.dictionary.term(family.terms[from + at]));
            if (query.dosage.conflictsWith(wine)) {
                score -= GRAPE_CONFLICT;
                disagreed.add(Evidence.CUVEE);
            }
        }
        if (query.blancDe != GrapeVarieties.BlancDe.NONE && !disagreed.contains(Evidence.GRAPE)) {
            GrapeVarieties.BlancDe wine = GrapeVarieties.blancDe(TextFolder.fold(family.name));
            // A blanc de blancs or de noirs is a white wine: not the house's rosé ("CLAUDE CAZAL CUVEE BDB" is not
            // Claude Cazal Cuvée Rosé), whose name need not say what it is pressed from. A blanc de noirs, rarer, is
            // named so: the house's Brut Réserve is not one ("GARDET BLC DE NOIRS PREMIER CRU"; a blanc de blancs
            // may be named otherwise, Diebolt-Vallois Prestige).
            boolean notWhite = wineColour == Colour.ROSE || wineColour == Colour.RED;
            if (wine != GrapeVarieties.BlancDe.NONE ? wine != query.blancDe
                    : notWhite || query.blancDe == GrapeVarieties.BlancDe.NOIRS) {
                score -= GRAPE_CONFLICT;
                disagreed.add(Evidence.GRAPE);
            }
        }
        if (trailingLetterUnexplained(query, family, index)) {
            score -= TRAILING_LETTER_UNEXPLAINED;
        }
        boolean namesOnlyGeneric = !namesOwnWord && !agreed.contains(Evidence.PRODUCER);
        boolean headUnnamed = namesOnlyGeneric && query.namesAHouse && hasOwnWord(family, index);
        if (headUnnamed) {
            score -= HEAD_UNNAMED;
        }
        boolean begins = WordOrder.labelBeginsName(query, family, index);
        if (begins) {
            score += WORD_ORDER_AGREEMENT;
        }
        double rankingOnly = 0;
        if (label.vintage() != 0 && family.holdsVintage(label.vintage())) {
            score += explainsEveryWord ? VINTAGE_AGREEMENT_ALL_WORDS : VINTAGE_AGREEMENT;
            // Against a rival the vintage counts a little less than the ambiguity margin: with another difference it
            // tells two wines apart, alone it does not ("BONNANGE 2016" fits Le Clos de Bonnange of 2016 and Château
            // Bonnange of 2019 as well).
            rankingOnly = (explainsEveryWord ? VINTAGE_AGREEMENT_ALL_WORDS : VINTAGE_AGREEMENT) - VINTAGE_AGAINST_RIVAL;
        }
        // A label saying NV or SA names a non-vintage wine: a wine the library holds only in vintages fits it less.
        if (label.nonVintage() && family.onlyVintaged()) {
            score -= VINTAGE_AGREEMENT;
        }
        // And a label with a vintage names a wine made in vintages: a non-vintage wine fits it less.
        if (label.vintage() != 0 && family.neverVintaged() && VerdictRule.vintageClaimed(label, family, index) != 0) {
            score -= VINTAGE_AGREEMENT;
        }
        return new ScoredFamily(familyIndex, score, agreed, disagreed, labelCoverage,
                name.missingWords(), explainedTerms, explainedAllTerms, begins, holdsLabelFormat(label, family),
                rankingOnly, headUnnamed, namesOnlyGeneric, colourIsAName);
    }

    /**
     * Whether the label's colour word is a word of the wine's name or producer: then it is part of a proper name
     * ("Raventós i Blanc", "Barolo La Rosa"), not the wine's colour, and does not contradict it.
     */
    private static boolean colourWordIsAName(LabelQuery query, WineFamily family) {
        for (int term : query.colourWordIds) {
            if (family.fieldHas(WineFamily.Field.NAME, term) || family.fieldHas(WineFamily.Field.PRODUCER, term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the wine's name writes, as a word, the single letter the label's colour was read from ("Kesseler R
     * Riesling", "R Riesling Organic"): the index does not keep single letters, so the colour word test misses it.
     */
    static boolean nameWritesInitial(ParsedLabel label, WineFamily family) {
        char letter = colourLetter(label);
        // Most names lack the letter in either case: they are not tokenized (this runs for every candidate).
        if (letter == 0 || family.name.indexOf(letter) < 0 && family.name.indexOf(Character.toUpperCase(letter)) < 0) {
            return false;
        }
        return LibraryText.singleLetters(family.name).contains(String.valueOf(letter));
    }

    /** The single letter a label's colour is read from: r for red, b for white, 0 for any other colour. */
    private static char colourLetter(ParsedLabel label) {
        return label.colour() == Colour.RED ? 'r' : label.colour() == Colour.WHITE ? 'b' : 0;
    }

    /**
     * Whether the single letter the label's colour was read from is written before a word ({@link
     * ParsedLabel#innerLetters}) and starts a word of the wine's name or producer that the label does not name: the
     * letter is that word's initial ("R.PICHLER GV" of Rudi Pichler, a white), not the colour.
     */
    private static boolean initialStartsAnUnnamedWord(ParsedLabel label, LabelQuery query, WineFamily family,
            WineIndex index) {
        char letter = colourLetter(label);
        if (letter == 0 || label.innerLetters().indexOf(letter) < 0) {
            return false;
        }
        // The name's and the producer's words only: a till writes no initial of an appellation or a region.
        for (int i = family.from(WineFamily.Field.NAME); i < family.to(WineFamily.Field.PRODUCER); i++) {
            int term = family.terms[i];
            if (!index.soft[term] && index.dictionary.term(term).charAt(0) == letter
                    && namedByLabel(term, query, index) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the wine's name has a word of an appellation or a region ({@link LabelVocabulary#PLACES}; looked up only
     * for a label with a place the wine lacks, so the index keeps no table of them).
     */
    private static boolean nameHasPlace(WineFamily family, WineIndex index) {
        for (int i = family.from(WineFamily.Field.NAME); i < family.to(WineFamily.Field.NAME); i++) {
            if (LabelVocabulary.PLACES.contains(index.dictionary.term(family.terms[i]))) {
                return true;
            }
        }
        return false;
    }

    /** How well label term {@code i} is found in the family (1 exact, less through an alternative, 0 not). */
    private static float labelTermMatch(LabelQuery query, int i, WineFamily family, Set<Evidence> agreed,
            WineIndex index) {
        if (query.ids[i] >= 0 && found(query.ids[i], family, agreed)) {
            return 1f;
        }
        float best = 0;
        for (int k = 0; k < query.alternatives[i].length; k++) {
            if (query.alternativeFactors[i][k] > best && found(query.alternatives[i][k], family, agreed)) {
                best = query.alternativeFactors[i][k];
            }
        }
        if (best < query.prefixFactors[i] && query.prefixes[i] != null) {
            for (int at = 0; at < family.terms.length; at++) {
                int term = family.terms[at];
                if (term != query.ids[i] && query.prefixMayName(i, term, index) && found(term, family, agreed)) {
                    return query.prefixFactors[i];
                }
            }
        }
        return best;
    }

    /**
     * The positions (in {@code family.terms}) of consecutive words of the producer whose initials the label word is
     * ("JJ" of Joh. Jos. Prüm, "KJ" of Kendall-Jackson, "BV" of Beaulieu Vineyards, "CVNE" of Compañía Vinícola del
     * Norte de España, whose "del" and "de" the index drops), or 0: a word of two to four letters, each the first of
     * one producer word in turn (three letters also over the articles: {@link #initialsWithArticles}).
     */
    static long producerInitials(String word, WineFamily family, WineIndex index) {
        int length = word.length();
        if (length < 2 || length > 4 || !word.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        long named = initialsOf(word, family, WineFamily.Field.PRODUCER, 1, index);
        return named != 0 || length != 3 ? named : initialsWithArticles(word, family, index);
    }

    /**
     * The positions of the words of the family whose initials the label word {@code i} is: of its producer
     * ({@link #producerInitials}) or, for a word the library does not know and not the label's last, of its name
     * ({@link #nameInitials}) when they read as initials ({@link #readAsInitials}) and another word of the label names
     * the wine ({@link #namedByAnotherOwnWord}); or 0.
     */
    static long initials(LabelQuery query, int i, WineFamily family, WineIndex index) {
        long named = producerInitials(query.words[i], family, index);
        if (named != 0 || query.ids[i] >= 0 || i >= query.labelWordCount - 1) {
            return named;
        }
        long words = nameInitials(query.words[i], family, index);
        return words != 0 && readAsInitials(query, i, words, family, index)
                && namedByAnotherOwnWord(query, i, family, index) ? words : 0;
    }

    /**
     * Whether a label word other than {@code i}, neither soft, generic nor a number, names a word of the wine's name or
     * producer: initials of a name tell a house's wines apart ("VILLA MARIA PB"), they name no wine alone ("HB
     * RIESLING", a half bottle, was Hans Baer Riesling Trocken; "MG PINOT NOIR" Marrenon Les Grains Pinot Noir; a
     * review of the fifteenth session).
     */
    private static boolean namedByAnotherOwnWord(LabelQuery query, int i, WineFamily family, WineIndex index) {
        for (int j = 0; j < query.labelWordCount; j++) {
            if (j == i || query.soft[j] || query.generic[j] || query.number[j]) {
                continue;
            }
            for (int at = family.from(WineFamily.Field.NAME); at < family.to(WineFamily.Field.PRODUCER); at++) {
                if (query.matchOf(j, family.terms[at], index) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the name's words at {@code words} may be what label word {@code i} stands for: none is named by another
     * word of the label ("BANFI BR MONTALCINO" is the Brunello, not Banfi Rosso di Montalcino, whose Banfi the label
     * names itself), and the first does not start with it, as a cut word does ("PIPER HE BRUT" is no Piper-Heidsieck
     * Essentiel, "POL ROGER BR VINTAGE" no Brut Réserve). A review of the fifteenth session.
     */
    private static boolean readAsInitials(LabelQuery query, int i, long words, WineFamily family, WineIndex index) {
        boolean first = true;
        for (int at = 0; at < family.terms.length && at < Long.SIZE; at++) {
            if ((words & (1L << at)) == 0) {
                continue;
            }
            int term = family.terms[at];
            if (first && index.dictionary.term(term).startsWith(query.words[i])
                    || namedByLabel(term, query, index) > 0) {
                return false;
            }
            first = false;
        }
        return true;
    }

    /** How many letters the name's words must have for a label word to be their initials: not "JP" of JP Chenet. */
    private static final int MIN_NAME_WORD_OF_INITIALS = 3;

    /**
     * The positions (in {@code family.terms}) of two consecutive words of the wine's name whose initials the label
     * word of two letters is, or 0: a till's "PB" of Villa Maria Private Bin, "SV" of Single Vineyard, "WV" of
     * Willamette Valley (probes O, X, Y; fifteenth session). Each word has three letters or more (the "JP" of JP
     * Chenet is no word "GL JC SHIRAZ CAB" names). The caller reads it for a word the library does not know, and not
     * for the label's last word, which a till cuts to two letters as often ("PARAJES DEL VALLE MO" is the Monastrell, not
     * the Macabeo Orange; "RIESLING TR").
     */
    static long nameInitials(String word, WineFamily family, WineIndex index) {
        if (word.length() != 2 || !word.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        return initialsOf(word, family, WineFamily.Field.NAME, MIN_NAME_WORD_OF_INITIALS, index);
    }

    /**
     * The positions of the first run of consecutive words of the field, each of {@code minWordLength} letters or more,
     * begun by the letters of {@code word} in turn, or 0.
     */
    private static long initialsOf(String word, WineFamily family, WineFamily.Field field, int minWordLength,
            WineIndex index) {
        int length = word.length();
        int to = family.to(field);
        for (int start = family.from(field); start + length <= to && start + length <= Long.SIZE; start++) {
            long named = 0;
            int k = 0;
            while (k < length) {
                String term = index.dictionary.term(family.terms[start + k]);
                if (term.charAt(0) != word.charAt(k) || term.length() < minWordLength) {
                    break;
                }
                named |= 1L << (start + k);
                k++;
            }
            if (k == length) {
                return named;
            }
        }
        return 0;
    }

    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * As {@link #producerInitials}, over the producer's words as written, articles and prepositions included ("ABC" of
     * Au Bon Climat, whose "au" the index drops): the positions of the named words the index keeps, or 0. Three letters
     * only: two letters begin an article and a name too often ("DB" is a word of De Bortoli DB Chardonnay, not the
     * initials of each De Bortoli wine).
     */
    private static long initialsWithArticles(String word, WineFamily family, WineIndex index) {
        // Only a producer word the index keeps, begun by a letter of the label word, can be named: most candidates have
        // none, and are not folded and split (this runs for every candidate when a three-letter label word names
        // nothing).
        boolean mayName = false;
        for (int at = family.from(WineFamily.Field.PRODUCER); at < family.to(WineFamily.Field.PRODUCER)
                && at < Long.SIZE && !mayName; at++) {
            mayName = word.indexOf(index.dictionary.term(family.terms[at]).charAt(0)) >= 0;
        }
        if (!mayName) {
            return 0;
        }
        String[] words = NOT_A_WORD_CHARACTER.split(TextFolder.fold(family.producer));
        for (int start = 0; start + word.length() <= words.length; start++) {
            int k = 0;
            while (k < word.length() && !words[start + k].isEmpty() && words[start + k].charAt(0) == word.charAt(k)) {
                k++;
            }
            if (k < word.length()) {
                continue;
            }
            long named = 0;
            for (int at = family.from(WineFamily.Field.PRODUCER); at < family.to(WineFamily.Field.PRODUCER)
                    && at < Long.SIZE; at++) {
                String term = index.dictionary.term(family.terms[at]);
                for (int j = start; j < start + word.length(); j++) {
                    if (words[j].equals(term)) {
                        named |= 1L << at;
                    }
                }
            }
            // A run whose words the index keeps none of names nothing: a later run may.
            if (named != 0) {
                return named;
            }
        }
        return 0;
    }

    private static boolean found(int term, WineFamily family, Set<Evidence> agreed) {
        if (family.fieldHas(WineFamily.Field.PRODUCER, term)) {
            agreed.add(Evidence.PRODUCER);
            return true;
        }
        if (family.fieldHas(WineFamily.Field.NAME, term)) {
            agreed.add(Evidence.CUVEE);
            return true;
        }
        if (family.fieldHas(WineFamily.Field.PLACE, term)) {
            agreed.add(Evidence.APPELLATION);
            return true;
        }
        return false;
    }

    /**
     * How much of a field the label names.
     *
     * @param share the IDF-weighted share of the field's terms that the label names
     * @param unnamed the weight of the most distinctive term the label does not name
     * @param missingWords how many distinctive terms the label does not name at all
     */
    private record Coverage(double share, double unnamed, int missingWords) {}

    /** Soft terms count only when named; colour words count half. */
    private static Coverage coverage(WineFamily family, WineFamily.Field field, LabelQuery query, ParsedLabel label,
            WineIndex index, double whenEmpty, long initialsNamed) {
        double covered = 0;
        double total = 0;
        double unnamed = 0;
        int missing = 0;
        for (int i = family.from(field); i < family.to(field); i++) {
            int term = family.terms[i];
            double weight = index.colourWord[term] ? index.idf[term] * 0.5 : index.idf[term];
            // "ROUGE" in a wine's name is named by a label's colour code ("RGE") as well as by the word, "Magnum" by
            // any way of writing the format ("MAG", "1.5L").
            float match = namesColourWord(term, label, index) || namesFormat(term, label, index) ? 1f
                    : namedByLabel(term, query, index);
            if (match == 0 && i < Long.SIZE && (initialsNamed & (1L << i)) != 0) {
                match = INITIALS_FACTOR;
            }
            // The letter left of a cut word names a little of a name's word it starts ("GALIL CABERNET F": franc).
            if (match == 0 && !query.trailingLetter.isEmpty() && field == WineFamily.Field.NAME
                    && index.dictionary.term(term).startsWith(query.trailingLetter)) {
                match = TRAILING_LETTER_FACTOR;
            }
            // An initial before a word names a little of a word it starts ("M.RISCAL": marques), but an article's
            // letter ("D´ALBA") names none.
            if (match == 0 && !label.innerLetters().isEmpty() && !index.soft[term]
                    && namesInitial(label.innerLetters(), index.dictionary.term(term))) {
                match = TRAILING_LETTER_FACTOR;
            }
            covered += weight * match;
            // An unnamed soft term counts a little, so that of "Cava Brut" and "Cava Brut Vintage" the shorter wins.
            total += index.soft[term] && match == 0 ? weight * 0.15 : weight;
            if (!index.soft[term]) {
                unnamed = Math.max(unnamed, weight * (1 - match));
                if (match == 0) {
                    missing++;
                }
            }
        }
        return new Coverage(total == 0 ? whenEmpty : covered / total, unnamed, missing);
    }

    private static boolean namesInitial(String letters, String word) {
        char first = word.charAt(0);
        return letters.indexOf(first) >= 0 && NOT_INITIALS.indexOf(first) < 0;
    }

    /**
     * Whether the wine's name has a word of its own: one that is not soft, a mention (Réserve), a colour, a grape
     * variety nor a place ({@link LabelVocabulary#PLACES}): "Haut", "Breton" of Château Haut Breton Larigaudière
     * Margaux, "Théo" of Riesling Cuvée Théo.
     */
    private static boolean hasOwnWord(WineFamily family, WineIndex index) {
        for (int i = family.from(WineFamily.Field.NAME); i < family.to(WineFamily.Field.NAME); i++) {
            int term = family.terms[i];
            if (index.isOwnWord(term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the label ends with a letter ({@link LabelQuery#trailingLetter}) that starts no word of the wine's name
     * or producer the label leaves unnamed: the till cut a word this wine does not have ("ARMAND DE BRIGNAC BRUT G" is
     * not the Brut Rosé; "VRANAC P" is Vranac Pro Corde rather than the plain Vranac). A {@code d} or an {@code l} may
     * be what is left of an article the library's words do not keep ("DOLCETTO D" for Dolcetto d'Alba, "TERRE D"), so
     * it tells nothing.
     */
    private static boolean trailingLetterUnexplained(LabelQuery query, WineFamily family, WineIndex index) {
        String letter = query.trailingLetter;
        if (letter.isEmpty() || ARTICLE_INITIALS.contains(letter)) {
            return false;
        }
        for (int i = family.from(WineFamily.Field.NAME); i < family.to(WineFamily.Field.PRODUCER); i++) {
            int term = family.terms[i];
            if (index.dictionary.term(term).startsWith(letter) && namedByLabel(term, query, index) == 0) {
                return false;
            }
        }
        // The words the index does not keep as written: a single letter ("Cuvée S", "J M Brocard"), an article, a
        // word it spells out that the label does not name ("Millésime" is kept as "vintage"), a possessive's letter
        // ("Amy's").
        return !writesAnUnnamedWordNotKept(family.name, letter, query, index)
                && !writesAnUnnamedWordNotKept(family.producer, letter, query, index);
    }

    /**
     * Whether the text, as written, has a word starting with the letter that the index does not keep as it is and
     * that the label does not name ("CASTELLO FONTERUTOLI C" names Castello, kept as "chateau", so its C is another
     * word). Only the words starting with the letter are looked up (this runs for every candidate of a label ending
     * with a letter); a text with dots or letters outside ASCII is folded and split as the index splits it.
     */
    private static boolean writesAnUnnamedWordNotKept(String text, String letter, LabelQuery query, WineIndex index) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f || c == '.') {
                for (Token token : Tokenizer.tokens(TextFolder.fold(text))) {
                    if (isUnnamedWordNotKept(token.text(), letter, query, index)) {
                        return true;
                    }
                }
                return false;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            boolean starts = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (starts && Character.toLowerCase(text.charAt(i)) == letter.charAt(0)) {
                int end = i;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                if (isUnnamedWordNotKept(text.substring(i, end).toLowerCase(Locale.ROOT), letter, query, index)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isUnnamedWordNotKept(String word, String letter, LabelQuery query, WineIndex index) {
        if (!word.startsWith(letter) || index.dictionary.id(word) >= 0) {
            return false;
        }
        for (String canonical : LabelVocabulary.expand(word)) {
            int term = index.dictionary.id(canonical);
            if (term >= 0 && namedByLabel(term, query, index) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsLabelFormat(ParsedLabel label, WineFamily family) {
        int format = label.otherFormatMl();
        return format != 0 && family.holdsVolume(format);
    }

    /** Whether the term is a colour word of a wine's name ("Rosé") that the label's colour names, code or word. */
    static boolean namesColourWord(int term, ParsedLabel label, WineIndex index) {
        return label.colour() != Colour.UNKNOWN && isColourWord(term, label.colour(), index);
    }

    /** Whether the term is a colour word of that colour ("Rosé", "Rosato" of {@link Colour#ROSE}). */
    static boolean isColourWord(int term, Colour colour, WineIndex index) {
        return index.colourWord[term] && LabelVocabulary.colourOf(index.dictionary.term(term)) == colour;
    }

    /** Whether the term is a format word ("Magnum") of the label's format, other than a bottle ("MAG", "1.5L"). */
    private static boolean namesFormat(int term, ParsedLabel label, WineIndex index) {
        int format = label.otherFormatMl();
        return format != 0 && LabelParser.formatVolume(index.dictionary.term(term)) == format;
    }

    static float namedByLabel(int term, LabelQuery query, WineIndex index) {
        return namedByFirstTerms(term, query, query.size(), index);
    }

    /** How well the label's own words name the term: not the forms of its vintage ({@link LabelQuery#labelWordCount}). */
    static float namedByLabelWords(int term, LabelQuery query, WineIndex index) {
        return namedByFirstTerms(term, query, query.labelWordCount, index);
    }

    private static float namedByFirstTerms(int term, LabelQuery query, int count, WineIndex index) {
        float best = 0;
        for (int i = 0; i < count && best < 1f; i++) {
            best = Math.max(best, query.matchOf(i, term, index));
        }
        return best;
    }
}
