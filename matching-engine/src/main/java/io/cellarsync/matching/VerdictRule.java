package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns scored families into a {@link Proposal} (R9): {@code no} under the threshold or when two different wines fit
 * the label equally well (a wrong {@code yes} costs the user more than a {@code no}); otherwise {@code yes} when the
 * library holds the label's vintage for the wine (or the label has none), {@code almost} with the vintage fix when it
 * does not.
 */
final class VerdictRule {
    /** The label's first distinctive word that is not generic and that the best wine does not explain, or null. */
    private static String unexplainedOwnWord(LabelQuery query, ScoredFamily best) {
        for (int i = 0; i < query.labelWordCount && i < Long.SIZE; i++) {
            if (!query.soft[i] && !query.generic[i] && (best.explainedTerms() & (1L << i)) == 0) {
                return query.words[i];
            }
        }
        return null;
    }

    /**
     * A number of the label (not its vintage) that the best wine does not explain, and a number of the wine's name that
     * the label does not name and that does not begin with the label's (a till's cut "MARNE 18" is *Marne 180*), leading
     * zeros aside on both sides ("OPEN SEA 46" is OPEN SEA 046); else null: "PENFOLDS BIN 407 CAB SAV" is not Penfolds
     * Bin 707, "LOUIS ROEDERER COLLECTION 245" not Collection 243. A cuvée number names a wine as its words do. The
     * label's vintage names no number of the wine here when it ends the label ({@link ParsedLabel#vintageEndsLabel}):
     * "Penfolds Bin 28 '23" is not Penfolds Bin 23; a year-like number amid the label's words may be the wine's
     * ("19 CRIMES RED 187", "45 19 CRIMES HARD CHARD", "CRICOVA 1952 BRUT ALB 2"; a review of the sixteenth session).
     */
    private static NumberConflict otherCuveeNumber(ParsedLabel label, LabelQuery query, ScoredFamily best,
            WineIndex index) {
        String labelNumber = null;
        for (int i = 0; i < query.labelWordCount && i < Long.SIZE; i++) {
            if (query.number[i] && !best.explainsLabelWord(i)) {
                labelNumber = query.words[i];
            }
        }
        if (labelNumber == null) {
            return null;
        }
        String labelDigits = withoutLeadingZeros(labelNumber);
        for (int term : index.families[best.family()].nameTerms(
                t -> Character.isDigit(index.dictionary.term(t).charAt(0)))) {
            String number = index.dictionary.term(term);
            float named = label.vintageEndsLabel() ? FamilyScorer.namedByLabelWords(term, query, index)
                    : FamilyScorer.namedByLabel(term, query, index);
            if (named == 0
                    && !withoutLeadingZeros(number).startsWith(labelDigits)) {
                return new NumberConflict(labelNumber, number);
            }
        }
        return null;
    }

    /** The number without the zeros it begins with, but its last digit ("046": 46; "000": 0). */
    private static String withoutLeadingZeros(String number) {
        int from = 0;
        while (from + 1 < number.length() && number.charAt(from) == '0' && Character.isDigit(number.charAt(from + 1))) {
            from++;
        }
        return number.substring(from);
    }

    /** The label's number and the wine's that tell two cuvées apart ({@link #otherCuveeNumber}). */
    private record NumberConflict(String label, String wine) {}

    /**
     * Whether the label says gran reserva (grand right before reserve: "GRAN RES", "GR RVA", "GRANDE RESERVE") and the
     * best wine explains its reserve but not its grand: "VIÑA PEDROSA GRAN RES '18" is not Viña Pedrosa Reserva, a
     * Spanish wine's tier being part of its name (a label's grand alone is a mention, and may be left unexplained, as is
     * the grand of a grand cru beside a reserve: "PIERRE PETERS CUVEE DE RESERVE GC").
     */
    private static boolean namesAGranReservaOfAReserva(LabelQuery query, ScoredFamily best) {
        for (int i = 0; i + 1 < query.labelWordCount && i + 1 < Long.SIZE; i++) {
            if (query.words[i].equals("grand") && query.words[i + 1].equals("reserve")
                    && !best.explainsLabelWord(i)
                    && best.explainsLabelWord(i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** How long a word before "de" must be to name a wine of the house ("ESPERANCE"; not a cut "ES"). */
    private static final int MIN_OF_NAME = 3;

    /**
     * A distinctive label word written right before "de" ({@link ParsedLabel#beforeOf}) that the best wine does not
     * explain while it explains a distinctive word after it, else null: "ESPERANCE DE TROTANOY", "CHAPELLE D'AUSONE",
     * "ANNONCE DE BELAIR-MONANGE" name an estate's second wine, not the estate's wine the library holds. Not a house
     * word ("CLOS DES PAPES"), a place, grape or mention ("COTES DU RHONE", "CRU DE …"), a soft word ("CUVEE DE …",
     * "ROSE DE …"), a number, nor a word of fewer than three letters.
     */
    private static String otherWineOfTheHouse(ParsedLabel label, LabelQuery query, ScoredFamily best) {
        for (ParsedLabel.Of of : label.beforeOf()) {
            List<String> after = label.terms().subList(of.termsUpTo(), label.terms().size());
            boolean ofUnexplained = false;
            boolean explainsAfter = false;
            for (int i = 0; i < query.labelWordCount && i < Long.SIZE; i++) {
                boolean explained = best.explainsLabelWord(i);
                boolean distinctive = !query.soft[i] && !query.generic[i] && !query.number[i];
                String word = query.words[i];
                ofUnexplained |= word.equals(of.term()) && !explained && distinctive && word.length() >= MIN_OF_NAME
                        && !LabelVocabulary.HOUSES.contains(word) && !after.contains(word);
                explainsAfter |= explained && distinctive && after.contains(word);
            }
            if (ofUnexplained && explainsAfter) {
                return of.term();
            }
        }
        return null;
    }

    /**
     * A word of the label for a drink or a dish other than wine ({@link LabelVocabulary#NOT_WINE}: "SANGRIA", "KIR")
     * that the best wine does not explain, when no word of the label says wine, else null: "SANGRIA KRUG 1L" is a jug
     * of sangria, not Krug; a label naming such a word beside a wine's name ("KIR ROYAL RUINART") is a drink made with
     * the wine, which takes no bottle per glass sold. Not a word for a till's line ({@link LabelVocabulary#TILL_LINES}:
     * "SUPPL GL CHABLIS" sells the glass).
     */
    private static String somethingElseTheWineLacks(ParsedLabel label, LabelQuery query, ScoredFamily best) {
        if (LabelVocabulary.saysWine(label.terms())) {
            return null;
        }
        for (int i = 0; i < query.labelWordCount && i < Long.SIZE; i++) {
            String word = query.words[i];
            if (LabelVocabulary.NOT_WINE.contains(word) && !LabelVocabulary.TILL_LINES.contains(word)
                    && !best.explainsLabelWord(i)) {
                return word;
            }
        }
        return null;
    }

    /** How long a word after a house word must be to name the house ("DOM SIGALAS"; not a cut "CH LA"). */
    private static final int MIN_HOUSE_NAME = 4;
    /** The single bottles, other than the 75 cl one, that a bottle word names as well: 50 cl to 1 l. */
    private static final int SMALLEST_SINGLE_BOTTLE_ML = 500;
    private static final int LARGEST_SINGLE_BOTTLE_ML = 1000;

    /**
     * The word after a house word ({@link LabelVocabulary#HOUSES}: "DOM", "CH", "CLOS"…) when the library knows no such
     * word and the best wine does not explain it (not even as a cut or a slip), else null: the label names a house the
     * library lacks ("SANTORINI ASSYRTIKO DOM SIGALAS" is not Santo Wines' Santorini Assyrtiko). Elsewhere in a label
     * an unknown word is weak evidence, a slip or a shorthand; after a house word it is the house's name. A house's name
     * written without its hyphen or space ("DOM LONGDEPAQUIT") is no unknown word: {@link LabelQuery} reads the two
     * known words it joins.
     */
    private static String unknownHouse(LabelQuery query, ScoredFamily best) {
        for (int i = 1; i < query.labelWordCount && i < Long.SIZE; i++) {
            if (query.ids[i] < 0 && LabelVocabulary.HOUSES.contains(query.words[i - 1])
                    && query.words[i].length() >= MIN_HOUSE_NAME && !best.explainsLabelWord(i)) {
                return query.words[i];
            }
        }
        return null;
    }

    /**
     * A beer's or a soft drink's bottle or can, 33 cl: a label naming it names no wine that is not held in it
     * ("CASABLANCA 33CL", a Moroccan beer, is not Costa Casablanca Pinot Noir; probe AC, sixteenth session).
     */
    private static final Set<Integer> BEER_OR_SOFT_DRINK_BOTTLES_ML = Set.of(330);

    private final double yesThreshold;
    private final double ambiguityMargin;
    private final int maxCandidates;
    private final boolean partialNamesAnswerNo;
    private final Listings sameWine;

    VerdictRule(double yesThreshold, double ambiguityMargin, int maxCandidates, boolean partialNamesAnswerNo,
            boolean unsaidFormatIsStandardBottle) {
        this.yesThreshold = yesThreshold;
        this.ambiguityMargin = ambiguityMargin;
        this.maxCandidates = maxCandidates;
        this.partialNamesAnswerNo = partialNamesAnswerNo;
        this.sameWine = new Listings(yesThreshold, ambiguityMargin, unsaidFormatIsStandardBottle);
    }

    Proposal decide(ParsedLabel label, LabelQuery query, List<ScoredFamily> ranked, WineIndex index) {
        List<ScoredFamily> scored = numberNamedFirst(query, heldInTheNamedFormatFirst(label, query, ranked, index));
        List<Candidate> candidates = candidates(label, scored, index);
        if (scored.isEmpty()) {
            return no(label, query, candidates, 0, "no library wine shares a word with the label");
        }
        ScoredFamily best = scored.get(0);
        if (LabelVocabulary.namesNoWine(label.terms()) && hasAWordBeyondMentions(best, query, index)) {
            return no(label, query, candidates, 0, "the label names no wine, only mentions any wine may carry ("
                    + String.join(" ", label.terms()) + ")");
        }
        if (LabelVocabulary.namesSomethingElse(label.terms())) {
            return no(label, query, candidates, best.shown(), "the label names something other than wine ("
                    + String.join(" ", label.terms()) + ")");
        }
        String otherDrink = somethingElseTheWineLacks(label, query, best);
        if (otherDrink != null) {
            return no(label, query, candidates, best.shown(), "the label names something other than wine ("
                    + otherDrink + "), which the closest wine's name does not have");
        }
        int bottleMl = label.serving().bottleMl();
        if (BEER_OR_SOFT_DRINK_BOTTLES_ML.contains(bottleMl) && !index.families[best.family()].holdsVolume(bottleMl)) {
            return no(label, query, candidates, best.shown(), "the label names a beer's or a soft drink's bottle ("
                    + bottleMl + " ml), which the closest wine is not held in");
        }
        if (GrapeVarieties.namesOnlyVarieties(label.terms(), word -> index.dictionary.id(word) >= 0)) {
            return no(label, query, candidates, best.shown(), "the label names only a grape variety, which many wines"
                    + " share (" + String.join(" ", label.terms()) + ")");
        }
        if (best.score() < yesThreshold) {
            return no(label, query, candidates, best.shown(), "no library wine is close enough");
        }
        // "DE LADOUCETTE POUILLY-FUME", "DAGUENEAU POUILLY FUME": a word of the label's own, most likely the producer or
        // the cuvée of a wine the cellar does not stock, while the best wine is named by the appellation alone.
        String unexplained = best.namesOnlyGeneric() ? unexplainedOwnWord(query, best) : null;
        if (unexplained != null) {
            return no(label, query, candidates, best.shown(), "the label names a producer or cuvée (" + unexplained
                    + ") the closest wine does not have, and of that wine only its place or grape");
        }
        String otherWine = otherWineOfTheHouse(label, query, best);
        if (otherWine != null) {
            return no(label, query, candidates, best.shown(), "the label names another wine of the house ("
                    + otherWine + " de …) than the closest wine");
        }
        NumberConflict numbers = otherCuveeNumber(label, query, best, index);
        if (numbers != null) {
            return no(label, query, candidates, best.shown(), "the label's number (" + numbers.label()
                    + ") is not the closest wine's (" + numbers.wine() + ")");
        }
        if (namesAGranReservaOfAReserva(query, best)) {
            return no(label, query, candidates, best.shown(), "the label names a gran reserva, the closest wine a"
                    + " reserva");
        }
        String house = unknownHouse(query, best);
        if (house != null) {
            return no(label, query, candidates, best.shown(), "the label names a house (" + house
                    + ") the closest wine does not have");
        }
        List<ScoredFamily> listings = sameWine.others(scored, query, index);
        List<ScoredFamily> others = listings.isEmpty() ? scored
                : scored.stream().filter(family -> !listings.contains(family)).toList();
        boolean onlyHouse = onlyHouseNamed(label, best, query, index);
        if (onlyHouse && anotherWineOfTheHouseFits(others, label, query, yesThreshold, index)) {
            return no(label, query, candidates, best.shown(), "the label names only the house, and the library holds"
                    + " several of its wines");
        }
        boolean reservaNotGran = namesAReservaNotAGran(label, best, index);
        int claimed = vintageClaimed(label, index.families[best.family()], index);
        // A wine the library never lists with a vintage is no reading of a label whose vintage the best wine holds
        // ("FL. WHISPERING ANGEL 2024": Chateau d'Esclans Whispering Angel 2024, not Whispering Angel Côtes de Provence,
        // listed without one).
        boolean vintageHeldByBest = claimed != 0 && index.families[best.family()].holdsVintage(claimed);
        double runnerUp = runnerUp(others, onlyHouse, reservaNotGran, vintageHeldByBest, label, query, index);
        if (best.standing() - runnerUp < ambiguityMargin) {
            return no(label, query, candidates, best.shown(), "several library wines fit the label equally well");
        }
        if (best.disagreed().contains(Evidence.COLOUR) && !label.colourFromInitial()) {
            return no(label, query, candidates, best.shown(), "the closest library wine is not of the colour the label"
                    + " names (" + label.colour().name().toLowerCase(Locale.ROOT) + ")");
        }
        String sameName = sameWine.sameNameElsewhere(others, index);
        if (sameName != null) {
            return no(label, query, candidates, best.shown(), sameName);
        }
        if (partialNamesAnswerNo && isPartialNameOfSeveral(others, label, query, reservaNotGran,
                vintageHeldByBest ? claimed : 0, index)) {
            return no(label, query, candidates, best.shown(), "the label is part of the names of several library wines");
        }
        if (!listings.isEmpty()) {
            // A label word of its own that the wine lacks may name another wine of the house ("CHAPELLE D'AUSONE CH
            // 2021", the second wine, against two listings of Château Ausone): the vintage picks no listing for it.
            WineFamily bestFamily = index.families[best.family()];
            best = unexplainedOwnWord(query, best) != null ? null
                    : sameWine.named(best, listings, claimed, servingFor(label, bestFamily, index), index);
            if (best == null) {
                return no(label, query, candidates, scored.get(0).shown(), "the library lists this wine more than once");
            }
            if (best != scored.get(0)) {
                // The proposed listing leads the candidates, as the best-ranked one otherwise does.
                candidates = candidates(label, withFirst(best, scored), index);
            }
        }
        WineFamily family = index.families[best.family()];
        int labelVintage = vintageClaimed(label, family, index);
        Serving serving = servingFor(label, family, index);
        WineFamily.Row row = family.rowFor(labelVintage, serving.bottleMl());
        Set<Evidence> agreed = EnumSet.noneOf(Evidence.class);
        agreed.addAll(best.agreed());
        Set<Evidence> disagreed = EnumSet.noneOf(Evidence.class);
        disagreed.addAll(best.disagreed());
        formatEvidence(serving, row, agreed, disagreed);
        String formatRulesOut = disagreed.contains(Evidence.FORMAT)
                ? bottleRulesOut(best, scored, serving.volumeMl().getAsInt(), index) : null;
        if (formatRulesOut != null) {
            return no(label, query, candidates, best.shown(), formatRulesOut);
        }
        boolean almost = labelVintage != 0 && row.vintage() != labelVintage;
        if (almost) {
            disagreed.add(Evidence.VINTAGE);
        } else if (labelVintage != 0) {
            agreed.add(Evidence.VINTAGE);
        }
        OptionalInt vintage = almost ? OptionalInt.of(labelVintage)
                : row.vintage() != 0 ? OptionalInt.of(row.vintage()) : OptionalInt.empty();
        String note = almost ? "the library does not hold vintage " + labelVintage + " of this wine"
                + (row.vintage() != 0 ? " (closest: " + row.vintage() + ")" : "") : "";
        // A word read as initials ("JJ" of the producer, "PB" of the name) was understood.
        List<String> notUnderstood = query.unknownWords.stream()
                .filter(word -> FamilyScorer.initials(query, query.indexOf(word), family, index) == 0).toList();
        return new Proposal(label.original(), almost ? Verdict.ALMOST : Verdict.YES, Optional.of(row.id()), vintage,
                best.shown(), serving, new Explanation(agreed, disagreed, notUnderstood, note), candidates);
    }

    /**
     * The ranking with, first, the wine of the house that the label's format other than the 75 cl bottle (a half
     * bottle, a magnum) shows it names, when the best-ranked wine is not held in that format: the best-ranked of the
     * wines of the best one's house ({@link #sameHouse}) that are held in it, explain every label word the best one
     * explains and leave no more of their own words unnamed ({@link #ownWordsUnnamed}). "CHAMP TAITTINGER BRUT 375" is
     * Taittinger Brut Réserve, held in half bottles, not the Brut Millésimé, held in 75 cl only, although the label
     * names all of the latter's words but one and more of the former's. Not for a 75 cl bottle word ("BTL"), which the
     * library's listings of other formats under another name would take from the wine it names ("FL DOM PERIGNON
     * 2012" is not the house's P2), nor for a wine of another house held in the format ("1,5 L VINO BIOLOGICO
     * PROSECCO").
     */
    private static List<ScoredFamily> heldInTheNamedFormatFirst(ParsedLabel label, LabelQuery query,
            List<ScoredFamily> ranked, WineIndex index) {
        int format = label.otherFormatMl();
        if (format == 0 || ranked.size() < 2 || index.families[ranked.get(0).family()].holdsVolume(format)) {
            return ranked;
        }
        ScoredFamily best = ranked.get(0);
        WineFamily house = index.families[best.family()];
        // A listing named by its producer's words alone ("Moët & Chandon", a house's large formats) tells no wine of
        // the house from another: any of its wines held in the format may be the one the label names.
        int bestLeavesUnnamed = namedByProducerAlone(house, index) ? Integer.MAX_VALUE
                : ownWordsUnnamed(house, label, query, index);
        for (ScoredFamily other : ranked.subList(1, ranked.size())) {
            WineFamily family = index.families[other.family()];
            if (family.holdsVolume(format) && other.explainsAllThat(best)
                    && ownWordsUnnamed(family, label, query, index) <= bestLeavesUnnamed
                    && sameHouse(house, family, query, index)) {
                return withFirst(other, ranked);
            }
        }
        return ranked;
    }

    /**
     * The ranking with, first, a wine whose name has the label's cuvée number ({@link LabelQuery#number}), when the
     * best-ranked one's does not and the other fits the label as a rival at the threshold: "Penfolds Bin 28 '23" is
     * Penfolds Bin 28 Shiraz 2023, not Penfolds Bin 23, whose number only the label's vintage names (probe AA,
     * sixteenth session).
     */
    private List<ScoredFamily> numberNamedFirst(LabelQuery query, List<ScoredFamily> ranked) {
        if (ranked.size() < 2) {
            return ranked;
        }
        ScoredFamily best = ranked.get(0);
        for (int i = 0; i < query.labelWordCount && i < Long.SIZE; i++) {
            if (!query.number[i] || best.explainsLabelWord(i)) {
                continue;
            }
            for (ScoredFamily other : ranked.subList(1, ranked.size())) {
                if (other.explainsLabelWord(i) && other.asRival() >= yesThreshold) {
                    return withFirst(other, ranked);
                }
            }
        }
        return ranked;
    }

    /** The ranking with the family moved to its head, the others in their order. */
    private static List<ScoredFamily> withFirst(ScoredFamily family, List<ScoredFamily> ranked) {
        List<ScoredFamily> reordered = new ArrayList<>(ranked.size());
        reordered.add(family);
        for (ScoredFamily other : ranked) {
            if (other != family) {
                reordered.add(other);
            }
        }
        return reordered;
    }

    /** Whether every word of the family's name is its producer's or an estate word ("Moët & Chandon"). */
    private static boolean namedByProducerAlone(WineFamily family, WineIndex index) {
        for (int at = family.from(WineFamily.Field.NAME); at < family.to(WineFamily.Field.NAME); at++) {
            if (!family.fieldHas(WineFamily.Field.PRODUCER, family.terms[at])
                    && !LabelVocabulary.ESTATE_WORDS.contains(index.dictionary.term(family.terms[at]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many words of the wine's name that tell it from the house's others (not a mention, a soft word, a number or
     * its producer's: "Celler" of Privat Brut Nature Reserva Magnum Celler Privat) the label leaves unnamed, a format
     * word ("Magnum") named by the label's format: a wine of the house held in the
     * label's format is not the one it names when it has more of them than the best wine ("375ML TRIMBACH
     * GEWURZTRAMINER" is not the Gewurztraminer Vendange Tardive, "MAG TOMMASI VALPOLICELLA" not the Amarone).
     */
    private static int ownWordsUnnamed(WineFamily family, ParsedLabel label, LabelQuery query, WineIndex index) {
        int unnamed = 0;
        for (int at = family.from(WineFamily.Field.NAME); at < family.to(WineFamily.Field.NAME); at++) {
            int term = family.terms[at];
            String word = index.dictionary.term(term);
            if (LabelVocabulary.isDistinctive(word) && LabelParser.formatVolume(word) != label.otherFormatMl()
                    && !family.fieldHas(WineFamily.Field.PRODUCER, term)
                    && FamilyScorer.namedByLabel(term, query, index) == 0) {
                unnamed++;
            }
        }
        return unnamed;
    }

    /**
     * What the label says of its serving for this wine: a word that is a serving or a name's ("COPA") is the wine's
     * name when the wine's name or producer has it ("COPA SABIA BRUT" is a bottle of Copa Sabia), else the serving.
     */
    static Serving servingFor(ParsedLabel label, WineFamily family, WineIndex index) {
        for (String word : label.servingWords()) {
            int term = index.dictionary.id(word);
            if (term >= 0 && (family.fieldHas(WineFamily.Field.NAME, term)
                    || family.fieldHas(WineFamily.Field.PRODUCER, term))) {
                return label.servingAsName();
            }
        }
        return label.serving();
    }

    /**
     * The label's vintage, or 0 when the number is part of the wine's name rather than a vintage ("19 CRIMES" is not
     * a 2019, "CORA DE LOXAREL 2023" names a cuvée), or of its producer's when the label writes it whole ("1988 PIAN
     * STIO": San Salvatore 1988; but "KRSTAC 13" is a 2013 of 13. Jul - Plantaže: two digits after a name are a till's
     * vintage).
     */
    static int vintageClaimed(ParsedLabel label, WineFamily family, WineIndex index) {
        if (label.vintage() == 0) {
            return 0;
        }
        for (String text : List.of(label.vintageText(), Integer.toString(label.vintage()))) {
            int term = index.dictionary.id(text);
            if (term >= 0 && (family.fieldHas(WineFamily.Field.NAME, term)
                    || text.equals(label.vintageText()) && text.length() == 4
                            && family.fieldHas(WineFamily.Field.PRODUCER, term))) {
                return 0;
            }
        }
        return label.vintage();
    }

    /**
     * Whether the wine's name has a word the label does not name that is more than a mention: "PREMIER CRU" does not
     * name "Chablis Premier Cru Fourchaume", while "CHAMPAGNE BRUT" may name a wine called "Champagne Brut Réserve".
     */
    private static boolean hasAWordBeyondMentions(ScoredFamily best, LabelQuery query, WineIndex index) {
        WineFamily family = index.families[best.family()];
        for (int i = family.from(WineFamily.Field.NAME); i < family.to(WineFamily.Field.NAME); i++) {
            int term = family.terms[i];
            if (!index.soft[term] && !LabelVocabulary.MENTIONS.contains(index.dictionary.term(term))
                    && !query.names(term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The score of the best other family that the label does not tell apart from the best one. Every other library
     * entry counts, even one with the same name words (the library listing one wine twice is still two answers, and a
     * wrong one costs more than a {@code no}), except a family the label itself rules out: one that explains only part
     * of what the best one explains ("RIOJA BORDON GRAN RES" against "Rioja Bordón Reserva", "BOSCHENDAL 1685 CHAR"
     * against "Boschendal Chardonnay"), one whose name the label names only in part while it names all of the best
     * one's ("CERASUOLO" against "Cerasuolo Classico"), one that is not of the colour the label names while the best
     * one is ("PERALDI RSE" against the domaine's wine of unknown colour), or one whose name the label does not begin
     * while it begins the best one's ({@link WordOrder}: "GRILLO SICILIA" against "Passiperduti Grillo Sicilia"), or one
     * the library does not hold in the format the label names while it holds the best one in it ("MAG. POMMERY BRUT"
     * against the Brut Royal Rosé, held in bottles only), or one the library never lists with a vintage while the best
     * holds the label's ("FL. WHISPERING ANGEL 2024" against Whispering Angel Côtes de Provence, listed without one),
     * or, for a label naming no colour, one whose name says rosé while the best one's does not and the best is no rosé
     * ("FL MOET BRUT IMPERIAL" against the Rosé Impérial: a till names the rosé), or, for a label of whole words the
     * library knows naming every word of the best one, one explaining the same label words whose name adds a word to
     * the best one's ("SOALHEIRO ALVARINHO" against Soalheiro Alvarinho Brut), or one whose name does not say the blanc
     * de blancs or the single letter the label says while the best one's does ({@link #nameSaysWhatTheLabelSays}).
     */
    /** Whether, the label naming no colour, a wine whose name says rosé is no rival of the best, itself no rosé. */
    private static boolean roseNamesOtherWine(ParsedLabel label, WineFamily best, WineIndex index) {
        return label.colour() == Colour.UNKNOWN && best.colour != Colour.ROSE && !namesRose(best, index);
    }

    private static double runnerUp(List<ScoredFamily> scored, boolean onlyHouseNamed, boolean reservaNotGran,
            boolean vintageHeldByBest, ParsedLabel label, LabelQuery query, WineIndex index) {
        ScoredFamily best = scored.get(0);
        WineFamily bestFamily = index.families[best.family()];
        // For a label naming no colour, the house's wine whose name says rosé is no rival of a best wine that is no
        // rosé and whose name does not say one: read once, not for each rival.
        boolean roseNamesOtherWine = roseNamesOtherWine(label, bestFamily, index);
        // A label of whole words the library knows, naming every word of the best wine, names it rather than a wine
        // of the house whose name adds a word, soft ones included ("SOALHEIRO ALVARINHO" is not Soalheiro Alvarinho
        // Brut): the words of the best wine's name, estate words aside, when that is so, else null.
        int[] bestNameWords = best.missingNameWords() == 0 && writesWholeKnownWords(label, query)
                ? bestFamily.nameTerms(t -> !LabelVocabulary.ESTATE_WORDS.contains(index.dictionary.term(t)))
                : null;
        double runnerUp = 0;
        for (ScoredFamily other : scored.subList(1, scored.size())) {
            boolean ruledOut = best.explainsMoreThan(other) || (best.explainedTerms() == other.explainedTerms()
                    && best.missingNameWords() == 0 && other.missingNameWords() > 0 && !onlyHouseNamed)
                    || colourOrFormatRulesOut(best, other) || nameSaysWhatTheLabelSays(best, other, label, query, index)
                    || (best.labelBeginsName() && !other.labelBeginsName())
                    || reservaNotGran && isGranReserva(other, index)
                    || vintageHeldByBest && index.families[other.family()].neverVintaged()
                    || bestNameWords != null && best.explainedAllTerms() == other.explainedAllTerms()
                            && extendsName(index.families[other.family()], bestNameWords, index)
                    || roseNamesOtherWine && namesRose(index.families[other.family()], index);
            if (!ruledOut) {
                runnerUp = Math.max(runnerUp, other.asRival());
            }
        }
        return runnerUp;
    }

    /**
     * Whether the label names of the best wine's name only its producer's words, while the name has soft words other
     * than estate words that the label leaves unnamed ("POL ROGER" against Pol Roger Brut Vintage, "BILLECART SALMON"
     * against Billecart-Salmon Vintage): the label names the house, not all of that wine, so the house's wines whose
     * names it names in part stay rivals ({@link #runnerUp}), and another of them reaching the threshold makes the
     * answer {@code no} ({@link #anotherWineOfTheHouseFits}). A colour word of the name counts as named by the label's
     * colour code.
     */
    private static boolean onlyHouseNamed(ParsedLabel label, ScoredFamily best, LabelQuery query, WineIndex index) {
        WineFamily family = index.families[best.family()];
        boolean softUnnamed = false;
        for (int i = family.from(WineFamily.Field.NAME); i < family.to(WineFamily.Field.NAME); i++) {
            int term = family.terms[i];
            // A colour word of the name is named by the label's colour code as well ("EMILE LECLERE RSE").
            boolean named = FamilyScorer.namedByLabel(term, query, index) > 0
                    || FamilyScorer.namesColourWord(term, label, index);
            if (named && !family.fieldHas(WineFamily.Field.PRODUCER, term)) {
                return false;
            }
            softUnnamed |= !named && index.soft[term]
                    && !LabelVocabulary.ESTATE_WORDS.contains(index.dictionary.term(term));
        }
        return softUnnamed;
    }

    /**
     * Whether another wine of the house explains the same label words as the best one and reaches the threshold as a
     * rival: for a label naming only the house ({@link #onlyHouseNamed}), another of its wines ("PENFOLDS 75CL" for
     * Penfolds Cuvée Brut, beside Penfolds Grange and St Henri, whose names have words the label lacks and so lower
     * scores). Of the house: its producer has a word of the best's producer that the label names ({@link #sameHouse});
     * "SALON 2012" names Champagne Salon, not Roger Champault's Menetou-Salon, whose name has the word. A format other
     * than the 75 cl bottle ({@link ParsedLabel#otherFormatMl}) that the best wine is held in tells it from the house's
     * wines that are not: "VEUVE CLICQUOT MAG" is the house's only magnum; with it, a wine whose name says rosé is no
     * rival of a best one that is no rosé, for a label naming no colour ({@link #roseNamesOtherWine}): "PIPER HEIDSIECK
     * 1/2 BTL" is the house's Brut, not its Rosé Sauvage, the other half bottle.
     */
    private static boolean anotherWineOfTheHouseFits(List<ScoredFamily> scored, ParsedLabel label, LabelQuery query,
            double threshold, WineIndex index) {
        ScoredFamily best = scored.get(0);
        WineFamily house = index.families[best.family()];
        int format = label.otherFormatMl();
        boolean formatTells = format != 0 && house.holdsVolume(format);
        boolean roseNamesOtherWine = formatTells && roseNamesOtherWine(label, house, index);
        for (ScoredFamily other : scored.subList(1, scored.size())) {
            WineFamily family = index.families[other.family()];
            if (other.explainedTerms() == best.explainedTerms() && other.asRival() >= threshold
                    && (!formatTells || family.holdsVolume(format) && !(roseNamesOtherWine && namesRose(family, index)))
                    && sameHouse(house, family, query, index)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the other wine's producer has a distinctive word of the house's producer that the label names. */
    private static boolean sameHouse(WineFamily house, WineFamily other, LabelQuery query, WineIndex index) {
        for (int i = house.from(WineFamily.Field.PRODUCER); i < house.to(WineFamily.Field.PRODUCER); i++) {
            int term = house.terms[i];
            if (!index.soft[term] && FamilyScorer.namedByLabel(term, query, index) > 0
                    && other.fieldHas(WineFamily.Field.PRODUCER, term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the best wine's name says what the label says of the wine while the other's does not: a blanc de blancs
     * or de noirs ("RUINART BLANC DE BLANCS" is Ruinart Blanc de Blancs, not R de Ruinart, a white too), or the single
     * letter the label writes ("R DE RUINART" is R de Ruinart, not Ruinart Rosé: the letter is no colour there).
     */
    private static boolean nameSaysWhatTheLabelSays(ScoredFamily best, ScoredFamily other, ParsedLabel label,
            LabelQuery query, WineIndex index) {
        if (label.colourFromInitial() && FamilyScorer.nameWritesInitial(label, index.families[best.family()])
                && !FamilyScorer.nameWritesInitial(label, index.families[other.family()])) {
            return true;
        }
        return query.blancDe != GrapeVarieties.BlancDe.NONE
                && blancDeOfName(index.families[best.family()]) == query.blancDe
                && blancDeOfName(index.families[other.family()]) == GrapeVarieties.BlancDe.NONE;
    }

    private static GrapeVarieties.BlancDe blancDeOfName(WineFamily family) {
        return GrapeVarieties.blancDe(TextFolder.fold(family.name));
    }

    /**
     * Whether the label's colour or format tells the best wine from the other: the best is of the colour the label
     * names and the other is not (unless the label's colour word is a word of the other's name: "BAROLO LA ROSA" is
     * Fontanafredda Barolo La Rosa as much as a rosé called La Rosa), or the library holds the best in the format the
     * label names (MAG) and not the other.
     */
    private static boolean colourOrFormatRulesOut(ScoredFamily best, ScoredFamily other) {
        return (best.agreed().contains(Evidence.COLOUR) && !other.agreed().contains(Evidence.COLOUR)
                && !other.colourIsAName())
                || (best.holdsLabelFormat() && !other.holdsLabelFormat());
    }

    /**
     * Whether the label names the best wine as a reserva and no "gran" while the best's name is a reserva's, not a gran
     * reserva's: the house's gran reserva is then no rival ({@link #isGranReserva}). "MURRIETA RVA 21" is the Reserva,
     * not the Gran Reserva, as "GR RVA" is not the Reserva ({@link #namesAGranReservaOfAReserva}). Read once per label,
     * not for each rival.
     */
    private static boolean namesAReservaNotAGran(ParsedLabel label, ScoredFamily best, WineIndex index) {
        return !label.terms().contains("grand") && namesGranReserva(index.families[best.family()], index) == 0;
    }

    /** Whether the family's name is a gran reserva's ({@link #namesGranReserva}). */
    private static boolean isGranReserva(ScoredFamily family, WineIndex index) {
        return namesGranReserva(index.families[family.family()], index) == 1;
    }

    /** 1 when the family's name says "grand" right before "reserve", 0 when it says "reserve" alone, -1 neither. */
    private static int namesGranReserva(WineFamily family, WineIndex index) {
        int result = -1;
        for (int i = family.from(WineFamily.Field.NAME); i < family.to(WineFamily.Field.NAME); i++) {
            if (index.dictionary.term(family.terms[i]).equals("reserve")) {
                boolean grand = i > family.from(WineFamily.Field.NAME)
                        && index.dictionary.term(family.terms[i - 1]).equals("grand");
                result = Math.max(result, grand ? 1 : 0);
            }
        }
        return result;
    }

    /**
     * A label that names only part of the best wine's name, while another wine explains the label as well, does not
     * say which of them it is ("BOURGOGNE CHARDONNA" for two Bourgogne Chardonnays with different cuvée names). Not
     * counted: a wine the label's colour or format rules out, a wine whose name does not say what the label says while
     * the best's does ({@link #nameSaysWhatTheLabelSays}), the house's gran reserva against a reserva label, a wine
     * whose name adds words to the best's when the label leaves only generic or producer words of the best unnamed
     * ({@link #leavesOnlyGenericOrProducerWords}) or, when it also names the best plainly, a wine of which it leaves
     * own words unnamed, and, when the best holds the label's vintage ({@code heldVintage},
     * else 0), a wine that does not ({@link #tellsByVintage}).
     */
    private static boolean isPartialNameOfSeveral(List<ScoredFamily> scored, ParsedLabel label, LabelQuery query,
            boolean reservaNotGran, int heldVintage, WineIndex index) {
        ScoredFamily best = scored.get(0);
        // A label naming every word of the best wine (some cut short, as a POS does) names that wine.
        if (best.missingNameWords() == 0) {
            return false;
        }
        int[] bestSignature = Listings.signature(index.families[best.family()], index);
        // A label naming every word of the best wine's own, leaving only places, mentions, grapes or the producer's words
        // unnamed, does not name a wine whose name adds words to the best's: a till would name the Riserva.
        boolean namesBestsOwnWords = leavesOnlyGenericOrProducerWords(index.families[best.family()], bestSignature,
                query, index);
        // Nor, when the label names the best wine plainly (whole words, its producer's rarest word and more than the
        // house, leaving unnamed only producer, soft or place words, no word or number of its own), a wine of which it
        // leaves own words unnamed: "GL BOGLE CHARD" is Bogle Family Vineyards Chardonnay, not Twenty Acres by Bogle
        // Chardonnay; "LAFITE 2020" not Carruades de Lafite.
        boolean namesBestPlainly = namesBestsOwnWords && writesWholeKnownWords(label, query)
                && best.agreed().contains(Evidence.PRODUCER) && explainsEveryOwnWord(query, best)
                && namesMoreThanTheHouse(query, best, index) && namesRarestProducerWord(query, best, index)
                // Not a grape or a mention left unnamed: it may be what tells the house's wines apart ("KANONKOP
                // KADETTE 23" names Kadette Pinotage no more than Kadette Cape Blend).
                && leavesUnnamedOnly(index.families[best.family()], bestSignature, query, index,
                        LabelVocabulary.PLACES::contains);
        for (ScoredFamily other : scored.subList(1, scored.size())) {
            // A wine of another colour than the label names ("GOSA RSE"), or not held in the format it names ("MAG
            // POMMERY BRUT"), does not explain it as well. It must explain all the best one explains: soft words count
            // here ("CHAMPAGNE BRUT" is not explained as well by a "Crémant Brut", although a soft word a wine lacks
            // costs it no coverage).
            if (!colourOrFormatRulesOut(best, other) && !nameSaysWhatTheLabelSays(best, other, label, query, index)
                    && !(reservaNotGran && isGranReserva(other, index))
                    && other.explainsAllThat(best)
                    && other.labelCoverage() >= best.labelCoverage() - 0.01
                    && !Arrays.equals(bestSignature, Listings.signature(index.families[other.family()], index))
                    && !(namesBestsOwnWords && best.explainsAllThat(other)
                            && (extendsName(index.families[other.family()], bestSignature, index)
                                    || namesBestPlainly && !leavesOnlyGenericOrProducerWords(
                                            index.families[other.family()],
                                            Listings.signature(index.families[other.family()], index), query, index)))
                    && !(heldVintage != 0 && tellsByVintage(best, other, heldVintage, label, query, index))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether each distinctive word and each number of the label is one the best wine explains: only soft words (a
     * colour, "Brut", a serving that may be a name) may be the label's own.
     */
    private static boolean explainsEveryOwnWord(LabelQuery query, ScoredFamily best) {
        for (int i = 0; i < query.labelWordCount; i++) {
            if (!best.explainsLabelWord(i) && (query.number[i] || !query.soft[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the label names the rarest word of the best wine's producer (or it has none): "LAFITE 2020" names
     * Château Lafite Rothschild's; "CAILLOU BLC 14", a foreign wine's label, only the more common word of Château
     * Picque-Caillou, and "EL COTO BLANCO" that of Coto de Gomariz.
     */
    private static boolean namesRarestProducerWord(LabelQuery query, ScoredFamily best, WineIndex index) {
        WineFamily family = index.families[best.family()];
        int rarest = -1;
        for (int at = family.from(WineFamily.Field.PRODUCER); at < family.to(WineFamily.Field.PRODUCER); at++) {
            int term = family.terms[at];
            if (rarest < 0 || index.idf[term] > index.idf[rarest]) {
                rarest = term;
            }
        }
        return rarest < 0 || FamilyScorer.namedByLabel(rarest, query, index) > 0;
    }

    /**
     * Whether the label names a word of the best wine's name that is not its producer's, or the name has no other:
     * "MARTINI BIANCO" (a vermouth) names only the house of Martini Prosecco, whose "Prosecco" it leaves unnamed;
     * "LAFITE 2020" names all of Château Lafite-Rothschild's.
     */
    private static boolean namesMoreThanTheHouse(LabelQuery query, ScoredFamily best, WineIndex index) {
        WineFamily family = index.families[best.family()];
        boolean otherWordUnnamed = false;
        for (int at = family.from(WineFamily.Field.NAME); at < family.to(WineFamily.Field.NAME); at++) {
            int term = family.terms[at];
            boolean producer = family.fieldHas(WineFamily.Field.PRODUCER, term);
            boolean named = FamilyScorer.namedByLabel(term, query, index) > 0;
            if (named && !producer) {
                return true;
            }
            otherWordUnnamed |= !named && !producer;
        }
        return !otherWordUnnamed;
    }

    /**
     * Whether the label's vintage, which the best wine holds, tells it from the other wine: the other is never listed
     * with a vintage ("FL. WHISPERING ANGEL 2024" against Whispering Angel Côtes de Provence), or it lacks the vintage
     * and the label names less of its name than of the best's ("HUGEL GEWÜRZTRAMINER 23" is the Classic of 2023, not
     * the Vendange Tardive of 2018; "VIBERTI BARO 2021" the one Barolo of the house held in 2021). Alone, a vintage
     * tells two wines the label names as much apart no more than a rival's score does ({@link
     * FamilyScorer#VINTAGE_AGAINST_RIVAL}): "BONNANGE 2016" fits Le Clos de Bonnange of 2016 and Château Bonnange of
     * 2019 as well.
     */
    private static boolean tellsByVintage(ScoredFamily best, ScoredFamily other, int heldVintage, ParsedLabel label,
            LabelQuery query, WineIndex index) {
        WineFamily family = index.families[other.family()];
        return !family.holdsVintage(heldVintage)
                && (family.neverVintaged() || other.missingNameWords() > best.missingNameWords()
                        // Not a rosé the label leaves unnamed, naming no colour: a till names the rosé ("DEUTZ BRUT
                        // MILLESIME 2019" is not Deutz Brut Vintage Rosé of 2019; a review).
                        || leavesOnlyDescriptiveWords(best, true, query, index)
                                && !leavesOnlyDescriptiveWords(other, false, query, index)
                                && !(label.colour() == Colour.UNKNOWN
                                        && namesRose(index.families[best.family()], index)));
    }

    /**
     * Whether the label names every word of the wine's name but descriptive ones: soft words, colours, places,
     * mentions, its producer's words and, if {@code grapesToo}, grape varieties. The best wine may leave its grape
     * unnamed, the other not, as a grape may be what tells the house's wines apart: "DOM PERIGNON 2017" leaves only
     * the colour of Dom Pérignon Blanc unnamed, and the P2 of Dom Pérignon P2 (probe AD); "GUADO AL TASSO 22" only the
     * place and mention of Guado al Tasso Bolgheri Superiore, and the grape of Tenuta Guado al Tasso Vermentino (probe
     * AC).
     */
    private static boolean leavesOnlyDescriptiveWords(ScoredFamily scored, boolean grapesToo, LabelQuery query,
            WineIndex index) {
        WineFamily family = index.families[scored.family()];
        return leavesUnnamedOnly(family, Listings.signature(family, index), query, index,
                word -> LabelVocabulary.colourOf(word) != Colour.UNKNOWN || (grapesToo ? LabelVocabulary.isGeneric(word)
                        : LabelVocabulary.PLACES.contains(word) || LabelVocabulary.MENTIONS.contains(word)));
    }

    /**
     * Whether the words of the wine's name that the label leaves unnamed are only places, mentions and grapes
     * ({@link LabelVocabulary#isGeneric}) or its producer's words: the label names every word of the wine's own
     * ("BRUNELLO CONTI COSTANTI" of Brunello di Montalcino Conti Costanti).
     */
    private static boolean leavesOnlyGenericOrProducerWords(WineFamily family, int[] signature, LabelQuery query,
            WineIndex index) {
        return leavesUnnamedOnly(family, signature, query, index, LabelVocabulary::isGeneric);
    }

    /**
     * Whether each word of the wine's {@code signature} (its name's words, soft ones aside) that the label leaves
     * unnamed is its producer's or one {@code mayBeUnnamed} accepts.
     */
    private static boolean leavesUnnamedOnly(WineFamily family, int[] signature, LabelQuery query, WineIndex index,
            Predicate<String> mayBeUnnamed) {
        for (int term : signature) {
            if (FamilyScorer.namedByLabel(term, query, index) == 0
                    && !mayBeUnnamed.test(index.dictionary.term(term))
                    && !family.fieldHas(WineFamily.Field.PRODUCER, term)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the label writes only whole words the library knows: no letter left of a cut word, before a word or at
     * the end, and no word found only as a slip, a cut or a neighbour ("DOM PÉRIG BLC 06").
     */
    private static boolean writesWholeKnownWords(ParsedLabel label, LabelQuery query) {
        if (!label.trailingLetter().isEmpty() || !label.innerLetters().isEmpty()) {
            return false;
        }
        for (int i = 0; i < query.labelWordCount; i++) {
            if (query.ids[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the family's name has a rosé colour word ("Rosé Impérial", "Rosato"). */
    private static boolean namesRose(WineFamily family, WineIndex index) {
        for (int at = family.from(WineFamily.Field.NAME); at < family.to(WineFamily.Field.NAME); at++) {
            if (FamilyScorer.isColourWord(family.terms[at], Colour.ROSE, index)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the family's name has every one of {@code words} (sorted) and a word more, estate words aside ("…
     * Riserva" of a Brunello, "… Brut" of Soalheiro Alvarinho).
     */
    private static boolean extendsName(WineFamily family, int[] words, WineIndex index) {
        if (!Arrays.stream(words).allMatch(term -> family.fieldHas(WineFamily.Field.NAME, term))) {
            return false;
        }
        for (int at = family.from(WineFamily.Field.NAME); at < family.to(WineFamily.Field.NAME); at++) {
            int term = family.terms[at];
            if (Arrays.binarySearch(words, term) < 0
                    && !LabelVocabulary.ESTATE_WORDS.contains(index.dictionary.term(term))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the bottle the label names, which the best wine's answer is not held in, rules that answer out, or null:
     * another wine the label names as well is held in it ({@link #namedAsWellInFormat}), or the label names a single
     * bottle and the best wine is held only in large formats ({@link #heldOnlyInLargeFormats}).
     */
    private static String bottleRulesOut(ScoredFamily best, List<ScoredFamily> scored, int bottleMl, WineIndex index) {
        ScoredFamily heldInFormat = namedAsWellInFormat(best, scored, bottleMl, index);
        if (heldInFormat != null) {
            return "the label names a format (" + bottleMl + " ml) the closest wine is not held in, and "
                    + index.families[heldInFormat.family()].name + ", held in it, fits its words as well";
        }
        if (bottleMl <= LARGEST_SINGLE_BOTTLE_ML && heldOnlyInLargeFormats(index.families[best.family()])) {
            return "the label names a bottle (" + bottleMl + " ml) and the closest wine is held only in large formats";
        }
        return null;
    }

    /**
     * Another wine the label names as well as the best one (it explains every label word the best explains) that the
     * library holds in the bottle the label names while it holds the best in no such bottle, or null: "VEUVE CLICQUOT
     * BRUT GFA" (a 75 cl bottle) is not the library's Veuve Clicquot Brut held in magnum and 6 l only when the house's
     * Brut Gula Änkan is a 75 cl: a {@code yes} would take a big bottle from the stock for each bottle sold. The other
     * may be of any house; one that the label does not name as well leaves the answer alone: the format is then the
     * till's slip ("SCHMITT SOHNE EISWEIN 0,75L" is the Eiswein's half bottle, not the house's Riesling). Nor does a
     * 75 cl bottle for a wine held in another single bottle, of 50 cl to 1 l: that is its bottle ("MAISON BLANCHE
     * CHARDONNAY BTL" is the 1 l Maison Blanche Chardonnay, not another producer's 75 cl Maison Blanche Sauvignon
     * Blanc Chardonnay).
     */
    private static ScoredFamily namedAsWellInFormat(ScoredFamily best, List<ScoredFamily> scored, int format,
            WineIndex index) {
        WineFamily family = index.families[best.family()];
        if (family.holdsVolume(format) || format == ParsedLabel.STANDARD_BOTTLE_ML && holdsOtherSingleBottle(family)) {
            return null;
        }
        for (ScoredFamily other : scored) {
            if (other != best && other.explainsAllThat(best) && index.families[other.family()].holdsVolume(format)) {
                return other;
            }
        }
        return null;
    }

    /** The smallest of the large formats: a double magnum. */
    private static final int SMALLEST_LARGE_FORMAT_ML = 3000;

    /**
     * Whether the library holds the wine in large formats only, 3 l and more: no answer for a label naming a single
     * bottle, whose each sale would take a large one from the stock ("VEUVE CLICQUOT YELLOW HALF" is not the library's
     * Veuve Clicquot Yellow Label, held in 3 l; its 37.5 cl is listed as Brut Gula Änkan, which the label does not
     * name). Fifteenth session, probes Q, X, Y.
     */
    private static boolean heldOnlyInLargeFormats(WineFamily family) {
        return !family.holdsVolumeWhere(ml -> ml < SMALLEST_LARGE_FORMAT_ML);
    }

    /** Whether the family has a listing in a single bottle other than the 75 cl: 50 cl to 1 l (a 62 cl clavelin). */
    private static boolean holdsOtherSingleBottle(WineFamily family) {
        return family.holdsVolumeWhere(ml -> ml >= SMALLEST_SINGLE_BOTTLE_ML && ml <= LARGEST_SINGLE_BOTTLE_ML
                && ml != ParsedLabel.STANDARD_BOTTLE_ML);
    }

    private static void formatEvidence(Serving serving, WineFamily.Row row, Set<Evidence> agreed,
            Set<Evidence> disagreed) {
        if (serving.kind() != Serving.Kind.BOTTLE || serving.volumeMl().isEmpty()) {
            return;
        }
        int rowVolume = row.volumeMl() == 0 ? 750 : row.volumeMl();
        if (rowVolume == serving.volumeMl().getAsInt()) {
            agreed.add(Evidence.FORMAT);
        } else {
            disagreed.add(Evidence.FORMAT);
        }
    }

    private List<Candidate> candidates(ParsedLabel label, List<ScoredFamily> scored, WineIndex index) {
        List<Candidate> candidates = new ArrayList<>();
        for (ScoredFamily family : scored.subList(0, Math.min(maxCandidates, scored.size()))) {
            WineFamily wine = index.families[family.family()];
            // The row the proposal would take for this wine: "COPA SABIA BRUT MAG" names Copa Sabia's magnum.
            WineFamily.Row row = wine.rowFor(vintageClaimed(label, wine, index),
                    servingFor(label, wine, index).bottleMl());
            candidates.add(new Candidate(row.id(), family.shown()));
        }
        return candidates;
    }

    static Proposal no(ParsedLabel label, LabelQuery query, List<Candidate> candidates, double score, String note) {
        return new Proposal(label.original(), Verdict.NO, Optional.empty(), OptionalInt.empty(), score,
                label.serving(), new Explanation(Set.of(), Set.of(), query.unknownWords, note), candidates);
    }
}
