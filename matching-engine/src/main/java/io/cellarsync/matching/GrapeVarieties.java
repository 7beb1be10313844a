package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The grape varieties a wine's name or a label may name, each word mapped to one variety (synonyms included: Garnacha
 * is Grenache, Spätburgunder is Pinot Noir; Shiraz is already read as Syrah on both sides by {@link LabelVocabulary}).
 * A label naming one variety and a wine naming another are two wines: "LONG MEADOW RANCH ANDERSON VALLEY PINOT NOIR"
 * is not the estate's Chardonnay.
 *
 * <p>Words are folded terms, one per variety: a two-word variety is known by its distinctive word ("noir" of Pinot
 * Noir, "gris" of Pinot Gris, "veltliner" of Grüner Veltliner); "pinot", "cabernet" and "sauvignon" alone name
 * several varieties and are left out, as are words that are also places ("montepulciano", "cariñena", "mataró") or
 * common words ("nero"). Sauvignon is read with its neighbour: "sauvignon blanc" and "cabernet sauvignon" are two
 * varieties ("MONTES ALPHA SPECIAL CUVEE SAUVIGNON BLANC" is not the estate's Chardonnay).
 */
final class GrapeVarieties {

    private static final Map<String, String> VARIETY = new HashMap<>();
    private static final String SAUVIGNON = "sauvignon";
    /** Every variety once, in a fixed order: a variety's code is its position plus one ({@link #grapesOf}). */
    private static final List<String> VARIETIES = new ArrayList<>();
    /**
     * The names of a library's grapes column that {@link #variety} does not read word by word: two-word names whose
     * words name another variety or none ("Grenache Noir" is not Pinot Noir), and synonyms the label side reads as
     * places or leaves out ("Cariñena", "Pinot Nero"). Keys are a name's terms ({@link LibraryText#terms}: no
     * article, "Xarel-lo" is {@code xarel}) joined by spaces.
     */
    private static final Map<String, String> GRAPE_NAME = new HashMap<>();

    static {
        variety("chardonnay", "chardonnay");
        variety("merlot", "merlot");
        variety("malbec", "malbec");
        variety("syrah", "syrah");
        variety("grenache", "grenache", "garnacha", "garnatxa", "cannonau");
        variety("tempranillo", "tempranillo", "aragonez");
        variety("sangiovese", "sangiovese");
        variety("nebbiolo", "nebbiolo");
        variety("barbera", "barbera");
        variety("dolcetto", "dolcetto");
        variety("zinfandel", "zinfandel", "primitivo");
        variety("riesling", "riesling");
        variety("pinot noir", "noir", "spatburgunder", "blauburgunder");
        variety("pinot gris", "gris", "grigio", "grauburgunder");
        variety("franc", "franc");
        variety("chenin", "chenin");
        variety("viognier", "viognier");
        variety("gewurztraminer", "gewurztraminer", "traminer");
        variety("gruner veltliner", "veltliner");
        variety("albarino", "albarino", "alvarinho");
        variety("verdejo", "verdejo");
        variety("tannat", "tannat");
        variety("carmenere", "carmenere");
        variety("mourvedre", "mourvedre", "monastrell");
        variety("muscat", "muscat", "moscato", "moscatel");
        variety("semillon", "semillon");
        variety("pinotage", "pinotage");
        variety("touriga", "touriga");
        variety("godello", "godello");
        variety("mencia", "mencia");
        variety("aglianico", "aglianico");
        variety("vermentino", "vermentino");
        variety("garganega", "garganega");
        variety("glera", "glera");
        variety("trebbiano", "trebbiano");
        variety("cinsault", "cinsault", "cinsaut");
        variety("carignan", "carignan", "carignano", "mazuelo");
        variety("gamay", "gamay");
        variety("petit verdot", "verdot");
        variety("marsanne", "marsanne");
        variety("roussanne", "roussanne");
        variety("furmint", "furmint");
        variety("blaufrankisch", "blaufrankisch", "lemberger", "kekfrankos");
        variety("zweigelt", "zweigelt");
        variety("silvaner", "silvaner", "sylvaner");
        variety("torrontes", "torrontes");
        variety("bonarda", "bonarda");
        variety("arinto", "arinto");
        variety("assyrtiko", "assyrtiko");
        variety("xinomavro", "xinomavro");
        variety("saperavi", "saperavi");
        variety("rkatsiteli", "rkatsiteli");
        variety("macabeo", "macabeo", "macabeu", "viura");
        variety("xarello", "xarello");
        variety("fiano", "fiano");
        variety("falanghina", "falanghina");
        variety("lagrein", "lagrein");
        variety("corvina", "corvina");
        variety("negroamaro", "negroamaro");
        variety("nero d avola", "avola");
        variety("grillo", "grillo");
        variety("verdicchio", "verdicchio");
        variety("friulano", "friulano");
        variety("aligote", "aligote");
        variety("chasselas", "chasselas");
        variety("meunier", "meunier");
        variety("lambrusco", "lambrusco");
        variety("arneis", "arneis");
        variety("cortese", "cortese");
        variety("bobal", "bobal");
        variety("graciano", "graciano");
        variety("baga", "baga");
        variety("pinot blanc", "weissburgunder");
    }

    private GrapeVarieties() {}

    static {
        for (String variety : VARIETY.values()) {
            if (!VARIETIES.contains(variety)) {
                VARIETIES.add(variety);
            }
        }
        VARIETIES.add("cabernet sauvignon");
        VARIETIES.add("sauvignon blanc");
        VARIETIES.sort(null);
        if (VARIETIES.size() > GrapeVarieties.CODE_MASK) {
            // A code past its bits would spill into the next grape's, or into COMPLETE and the colour.
            throw new IllegalStateException(VARIETIES.size() + " varieties do not fit codes of "
                    + GrapeVarieties.CODE_BITS + " bits");
        }
        // Each name is keyed as the column's text is read (LibraryText.terms): articles and hyphens dropped.
        grapeName("cabernet sauvignon", "cabernet sauvignon");
        grapeName("sauvignon blanc", "sauvignon blanc");
        grapeName("franc", "cabernet franc");
        grapeName("pinot noir", "pinot noir", "pinot nero");
        grapeName("grenache", "grenache noir", "garnacha tinta", "garnatxa negra");
        grapeName("pinot blanc", "pinot bianco", "pinot blanc");
        grapeName("tempranillo", "tinta roriz", "tinto fino", "tinta de toro", "tinta del pais", "cencibel",
                "ull de llebre");
        grapeName("carignan", "carinena", "samso");
        grapeName("xinomavro", "xynomavro");
        grapeName("vermentino", "rolle");
        grapeName("xarello", "xarel lo");
        grapeName("chenin", "chenin blanc");
        grapeName("meunier", "pinot meunier");
        grapeName("nero d avola", "nero d avola");
        grapeName("corvina", "corvina veronese");
        grapeName("sangiovese", "sangiovese grosso");
        grapeName("lambrusco", "lambrusco sorbara");
        grapeName("touriga", "touriga nacional");
        grapeName("gruner veltliner", "gruner veltliner");
        grapeName("petit verdot", "petit verdot");
        grapeName("pinot gris", "pinot gris", "pinot grigio");
    }

    private static void variety(String variety, String... words) {
        for (String word : words) {
            VARIETY.put(word, variety);
        }
    }

    /** Keys each name by its terms as {@link #grapeVariety} reads them ("Nero d'Avola": {@code nero avola}). */
    private static void grapeName(String variety, String... names) {
        for (String name : names) {
            GRAPE_NAME.put(String.join(" ", LibraryText.terms(name)), variety);
        }
    }

    /**
     * Words that name a grape variety only with a neighbour ("pinot", "cabernet", "sauvignon", "gruner" of Grüner
     * Veltliner, "petit" of Petit Verdot, "nacional" of Touriga Nacional, "nero" of Pinot Nero and Nero d'Avola).
     */
    private static final Set<String> PARTS = Set.of("pinot", "cabernet", SAUVIGNON, "gruner", "petit",
            "nacional", "nero");

    /**
     * Whether the label's distinctive words ({@link LabelVocabulary#isDistinctive}) are all grape varieties: "MALBEC
     * 2019", "PINOT GRIGIO VR". Many wines share such a label; it names none of them. A word that names a variety only
     * with a neighbour ({@link #PARTS}) counts beside one ("PETIT VERDOT"), not alone ("LE PETIT ROSE", "NERO 21");
     * a cuvée number makes it a wine's name. A word the library does not know that is one slip from a variety
     * ("MALEBC", "MALLBEC": {@link LabelQuery#slips}) is read as the variety, as the matcher reads it.
     *
     * @param terms the label's terms
     * @param known whether the library knows a word
     */
    static boolean namesOnlyVarieties(List<String> terms, Predicate<String> known) {
        boolean any = false;
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            if (Character.isDigit(term.charAt(0))) {
                // A cuvée number names a wine: "667 PINOT NOIR", "1865 CARMENERE".
                return false;
            }
            if (!LabelVocabulary.isDistinctive(term)) {
                continue;
            }
            boolean besideVariety = i > 0 && isVarietyWord(terms.get(i - 1))
                    || i + 1 < terms.size() && isVarietyWord(terms.get(i + 1));
            boolean variety = VARIETY.containsKey(term) || !known.test(term) && isVarietySlipped(term)
                    || PARTS.contains(term) && besideVariety;
            if (!variety) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean isVarietySlipped(String word) {
        return LabelQuery.slips(word).stream().anyMatch(VARIETY::containsKey);
    }

    /** Whether the word names a grape variety, alone or with a neighbour ("pinot"). */
    static boolean isVarietyWord(String word) {
        return VARIETY.containsKey(word) || PARTS.contains(word);
    }

    /**
     * The varieties the label's words name, without repeats. A "sauvignon" that no neighbour names is Sauvignon Blanc
     * when the label says white ("SAUVIGNON BLC": the colour code is read as the label's colour, not as a word;
     * Cabernet Sauvignon is red). A word the library does not know that starts one variety's word only is that variety
     * cut short ({@link #cutShortOrMistyped}).
     */
    static String[] named(LabelQuery query, Colour labelColour, WineIndex index) {
        IntFunction<String> wordAt = at -> query.words[at];
        return IntStream.range(0, query.labelWordCount)
                .mapToObj(i -> {
                    String word = wordAt.apply(i);
                    String variety = variety(i, query.labelWordCount, wordAt);
                    if (variety == null && query.ids[i] < 0) {
                        variety = cutShortOrMistyped(word, index);
                    }
                    return variety == null && labelColour == Colour.WHITE && word.equals(SAUVIGNON)
                            ? "sauvignon blanc" : variety;
                })
                .filter(Objects::nonNull).distinct().toArray(String[]::new);
    }

    /** The shortest cut of a variety's word that {@link #cutShortOrMistyped} reads: "CHARDO", "RIESL", "TEMPRA". */
    private static final int MIN_CUT_VARIETY = 5;

    /**
     * The variety a word cut short or typed with a slip names, if one only: a variety's word starts with it, when it
     * is long enough ("CHARDO"), or is one slip from it ({@link LabelQuery#slips}, a letter dropped or changed:
     * "CHARDONAY"). "Edouard Delaunay Septembre Chardo 22" is not the house's Septembre Pinot Noir. Read for words the
     * library does not know only ("CARMEN", Viña Carmen, starts Carmenère); a cut only for a word that starts no library
     * word but the variety's ({@link #startsOnlyWordsOf}: "CHASS" is Chassagne's as well as Chasselas'); and a slip only
     * for a word that starts no library word: "FLEURIE ROCHE GUILLO" is Roche Guillon cut short, not a mistyped Grillo.
     */
    private static String cutShortOrMistyped(String word, WineIndex index) {
        Set<String> varieties = new HashSet<>();
        if (word.length() >= MIN_CUT_VARIETY) {
            VARIETY.forEach((varietyWord, variety) -> {
                if (varietyWord.length() > word.length() && varietyWord.startsWith(word)) {
                    varieties.add(variety);
                }
            });
            if (varieties.size() == 1 && !startsOnlyWordsOf(word, varieties.iterator().next(), index)) {
                // "CHASS MONTRACHET" is Chassagne cut short as well as Chasselas: it names no variety.
                return null;
            }
        }
        if (index.dictionary.withPrefix(word, 1).isEmpty()) {
            for (String variant : LabelQuery.typedFor(word)) {
                String variety = VARIETY.get(variant);
                if (variety != null) {
                    varieties.add(variety);
                }
            }
        }
        return varieties.size() == 1 ? varieties.iterator().next() : null;
    }

    /** How many library words a cut variety is looked up in ({@link #startsOnlyWordsOf}); more is another word. */
    private static final int MAX_CUT_COMPLETIONS = 16;

    /**
     * Whether every library word that {@code word} starts is the variety's: one of its words, a word that starts with
     * one ("chardonnayburk") or is one slip from one ("gewurtztraminer"). A till cuts a place or a name as often as a
     * variety: "CHASS" of Chassagne, "MARSA" of Marsannay, "MUSCA" of Muscadet (a review of the sixteenth session).
     */
    private static boolean startsOnlyWordsOf(String word, String variety, WineIndex index) {
        List<Integer> completions = index.dictionary.withPrefix(word, MAX_CUT_COMPLETIONS + 1);
        if (completions.size() > MAX_CUT_COMPLETIONS) {
            return false;
        }
        for (int term : completions) {
            String completion = index.dictionary.term(term);
            boolean ofVariety = variety.equals(VARIETY.get(completion))
                    || VARIETY.entrySet().stream().anyMatch(e -> e.getValue().equals(variety)
                            && completion.startsWith(e.getKey()))
                    || LabelQuery.typedFor(completion).stream().anyMatch(t -> variety.equals(VARIETY.get(t)));
            if (!ofVariety) {
                return false;
            }
        }
        return true;
    }

    private static int code(String variety) {
        return VARIETIES.indexOf(variety) + 1;
    }

    /** The codes ({@link #grapesOf}) of the varieties a label names ({@link #named}), read once per label. */
    static int[] codes(String[] varieties) {
        int[] codes = new int[varieties.length];
        for (int i = 0; i < varieties.length; i++) {
            codes[i] = code(varieties[i]);
        }
        return codes;
    }

    /**
     * The variety word {@code i} of a sequence names, or null: a word of {@link #VARIETY}, or "sauvignon" after
     * "cabernet" or before "blanc".
     */
    private static String variety(int i, int end, IntFunction<String> wordAt) {
        String word = wordAt.apply(i);
        if (!word.equals(SAUVIGNON)) {
            return VARIETY.get(word);
        }
        if (i > 0 && wordAt.apply(i - 1).equals("cabernet")) {
            return "cabernet sauvignon";
        }
        return i + 1 < end && wordAt.apply(i + 1).equals("blanc") ? "sauvignon blanc" : null;
    }

    /**
     * Varieties whose wine is white whatever the cellar: a wine named by these alone is a white wine even when the
     * library gives no colour ("Viva Valentina Organic Pinot Grigio" is not the rosé a label "VIVA VALENTINA RSE"
     * names). Muscat is left out (Moscato Rosa), as are black varieties, which also make blancs de noirs and rosés.
     */
    private static final Set<String> WHITE = Set.of("chardonnay", "riesling", "pinot gris", "sauvignon blanc", "chenin",
            "viognier", "gewurztraminer", "gruner veltliner", "albarino", "verdejo", "semillon", "godello", "vermentino",
            "garganega", "glera", "trebbiano", "marsanne", "roussanne", "furmint", "silvaner", "torrontes", "arinto",
            "assyrtiko", "rkatsiteli", "macabeo", "xarello", "fiano", "falanghina", "grillo", "verdicchio", "friulano",
            "aligote", "chasselas", "arneis", "cortese", "pinot blanc");

    /** Whether a wine's name terms name at least one variety, and white varieties only ({@link #WHITE}). */
    static boolean namesOnlyWhiteVarieties(List<String> nameTerms) {
        boolean any = false;
        for (int i = 0; i < nameTerms.size(); i++) {
            String variety = variety(i, nameTerms.size(), nameTerms::get);
            if (variety == null) {
                String word = nameTerms.get(i);
                if (word.equals("cabernet") || word.equals("nero")) {
                    // A black variety named with a neighbour the map does not hold ("Cabernet Merlot" aside).
                    return false;
                }
                continue;
            }
            if (!WHITE.contains(variety)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * What a sparkling wine's name says it is pressed from: a blanc de blancs from white grapes only, a blanc de noirs
     * from black grapes only. A label naming one and a wine named the other are two wines ("DE VENOGE PRINCES BLC DE
     * NOIRS" is not the house's Princes Blanc de Blancs), as two varieties are.
     */
    enum BlancDe { NONE, BLANCS, NOIRS }

    // The words may be glued, split by dots or cut ("BLANCDENOIRS", "BL.DE NOIRS", "B.D.N.", "BLANC DE BL."), as a
    // till writes them.
    private static final String BLANC_DE = "(?:blancs?|blc|bl|blan|bland)[\\s.-]*de[\\s.-]*";
    private static final Pattern BLANC_DE_BLANCS =
            Pattern.compile("(?<![a-z0-9])(?:b\\.?d\\.?b|" + BLANC_DE + "(?:blancs?|blc|bl))(?![a-z0-9])");
    private static final Pattern BLANC_DE_NOIRS =
            Pattern.compile("(?<![a-z0-9])(?:b\\.?d\\.?n|" + BLANC_DE + "noirs?)(?![a-z0-9])");

    /** Which of blanc de blancs and blanc de noirs a folded text ({@link TextFolder#fold}) names, if one only. */
    static BlancDe blancDe(String folded) {
        if (folded.indexOf('d') < 0) {
            return BlancDe.NONE;
        }
        boolean blancs = BLANC_DE_BLANCS.matcher(folded).find();
        boolean noirs = BLANC_DE_NOIRS.matcher(folded).find();
        return blancs == noirs ? BlancDe.NONE : blancs ? BlancDe.BLANCS : BlancDe.NOIRS;
    }

    /** How a wine's name stands to the varieties a label names. */
    enum Agreement {
        /** The label names no variety, or the wine's name none that tells (no conflict, nothing shared). */
        NONE,
        /** The wine's name names one of the label's varieties, without conflict. */
        AGREES,
        /**
         * The wine's name names a variety the label does not, while the label names one the wine's name does not: two
         * different wines of one producer ("Pinot Noir" and "Chardonnay"). A wine whose name names no variety
         * conflicts only through its grapes, when they are all known and lack a variety the label names.
         */
        CONFLICTS,
        /**
         * The wine's name names no variety, and its grapes column holds one the label names, without conflict: the
         * label's variety agrees with what the wine is made of, though no word of the name says it.
         */
        AGREES_BY_GRAPES
    }

    /**
     * How the wine's name stands to the label's varieties, read in one pass over the name.
     *
     * @param labelVarieties the varieties the label names ({@link #named})
     * @param labelCodes their codes ({@link #codes}), read against the wine's grapes where its name names none
     */
    static Agreement compare(String[] labelVarieties, int[] labelCodes, WineFamily family, WineIndex index) {
        if (labelVarieties.length == 0) {
            return Agreement.NONE;
        }
        boolean wineHasOther = false;
        boolean nameNamesOne = false;
        boolean[] named = new boolean[labelVarieties.length];
        int from = family.from(WineFamily.Field.NAME);
        int length = family.to(WineFamily.Field.NAME) - from;
        IntFunction<String> nameWord = at -> index.dictionary.term(family.terms[from + at]);
        for (int i = 0; i < length; i++) {
            String variety = variety(i, length, nameWord);
            if (variety == null) {
                continue;
            }
            nameNamesOne = true;
            int at = indexOf(labelVarieties, variety);
            if (at < 0) {
                wineHasOther = true;
            } else {
                named[at] = true;
            }
        }
        if (!nameNamesOne && family.grapes != 0) {
            // A name without a variety: the wine's grapes tell. Complete, they lack a variety the label names: another
            // wine ("MARQUES DE RISCAL TEMPRANILLO" is not the house's Organic, a Verdejo).
            for (int at = 0; at < labelVarieties.length; at++) {
                named[at] = holds(family.grapes, labelCodes[at]);
            }
            wineHasOther = complete(family.grapes);
        }
        boolean namesOne = false;
        boolean missesOne = false;
        for (boolean n : named) {
            namesOne |= n;
            missesOne |= !n;
        }
        if (wineHasOther && missesOne) {
            return Agreement.CONFLICTS;
        }
        return namesOne ? (nameNamesOne ? Agreement.AGREES : Agreement.AGREES_BY_GRAPES) : Agreement.NONE;
    }

    /** How many varieties of a library's grapes column {@link #grapesOf} keeps, each in {@link #CODE_BITS} bits. */
    private static final int MAX_GRAPES = 4;
    private static final int CODE_BITS = 7;
    private static final int CODE_MASK = (1 << CODE_BITS) - 1;
    /** Set when every grape of the column was read as a variety, four at most: the wine is made of these only. */
    private static final int COMPLETE = 1 << (MAX_GRAPES * CODE_BITS);
    /** Where the colour the grapes tell is kept, in two bits ({@link #colourOf(int)}). */
    private static final int COLOUR_SHIFT = MAX_GRAPES * CODE_BITS + 1;

    /**
     * The varieties of a library wine's grapes column ({@link LibraryWine#grapes}), packed in an int that a
     * {@link WineFamily} keeps at no cost of heap: up to four variety codes, whether they are all the wine's grapes
     * ({@link #complete}) and the colour they tell ({@link #colourOf(int)}); 0 when no grape was read. A grape the
     * matcher does not know ("Rondinella", "Garnacha Blanca") is left out and makes the list incomplete.
     */
    static int grapesOf(List<String> grapes, List<String> nameTerms, List<String> producerTerms) {
        int packed = 0;
        int count = 0;
        boolean complete = !grapes.isEmpty();
        for (String grape : grapes) {
            String variety = grapeVariety(grape);
            int code = variety == null ? 0 : code(variety);
            if (code == 0 || count == MAX_GRAPES && !holds(packed, code)) {
                complete = false;
            } else if (!holds(packed, code)) {
                packed |= code << (count++ * CODE_BITS);
            }
        }
        if (count == 0) {
            return 0;
        }
        packed |= complete ? COMPLETE : 0;
        Colour colour = colourOfGrapes(packed, nameTerms, producerTerms);
        return packed | (colour == Colour.WHITE ? 1 : colour == Colour.RED ? 2 : 0) << COLOUR_SHIFT;
    }

    /** The variety one grape of a grapes column names ("Pinot noir", "Garnacha", "Tinta Roriz"), or null. */
    private static String grapeVariety(String grape) {
        List<String> terms = LibraryText.terms(grape);
        String named = GRAPE_NAME.get(String.join(" ", terms));
        if (named != null || terms.size() != 1) {
            return named;
        }
        return VARIETY.get(terms.get(0));
    }

    /** Whether packed grapes ({@link #grapesOf}) hold the variety of this code. */
    static boolean holds(int grapes, int code) {
        for (int k = 0; k < MAX_GRAPES && code != 0; k++) {
            if (codeAt(grapes, k) == code) {
                return true;
            }
        }
        return false;
    }

    /** The code of packed grapes' {@code k}-th variety ({@link #grapesOf}), 0 when it has fewer. */
    private static int codeAt(int grapes, int k) {
        return grapes >>> (k * CODE_BITS) & CODE_MASK;
    }

    /** Whether packed grapes ({@link #grapesOf}) are every grape of the wine. */
    static boolean complete(int grapes) {
        return (grapes & COMPLETE) != 0;
    }

    /**
     * Words of a wine's name that make a wine of black grapes other than red: a sparkling wine (most are white or
     * rosé, "André Clouet Silver Brut Nature" is Pinot Noir), a blanc de noirs.
     */
    private static final Set<String> NOT_RED_FROM_BLACK_GRAPES = Set.of("brut", "champagne", "cremant", "cava",
            "sekt", "spumante", "espumante", "frizzante", "sparkling", "prosecco", "franciacorta", "nature", "extra",
            "dose", "mousserande", "metodo", "classique", "classico", "ancestral", "nat", "petillant", "perlant",
            "noirs", "bubbles", "bubbly", "blanc");

    /**
     * The colour a wine's complete grapes ({@link #complete}) tell when its name and producer do not contradict them:
     * white from white varieties only ({@link #WHITE}); red from black varieties only, unless the name says sparkling
     * or blanc de noirs (Pinot Noir makes Champagne), a name or producer word is a colour ("Rambla Penedès" by Born
     * Rosé Barcelona), or the grapes are Muscat (Moscato Rosa) or Meunier (Champagne's). Else unknown. Read on the
     * Systembolaget library's rows whose taste style names a colour: white 401 right of 402; red 431 of 462 (the
     * others are Champagnes and sparkling wines whose name does not say so, and rosés, most named so).
     */
    private static Colour colourOfGrapes(int grapes, List<String> nameTerms, List<String> producerTerms) {
        if (!complete(grapes)) {
            return Colour.UNKNOWN;
        }
        boolean white = true;
        boolean black = true;
        for (int k = 0; k < MAX_GRAPES; k++) {
            int code = codeAt(grapes, k);
            if (code != 0) {
                String variety = VARIETIES.get(code - 1);
                boolean isWhite = WHITE.contains(variety);
                white &= isWhite;
                black &= !isWhite && !variety.equals("muscat") && !variety.equals("meunier");
            }
        }
        if (white) {
            return Colour.WHITE;
        }
        boolean nameSaysOther = nameTerms.stream().anyMatch(NOT_RED_FROM_BLACK_GRAPES::contains)
                || producerTerms.stream().anyMatch(word -> LabelVocabulary.colourOf(word) != Colour.UNKNOWN);
        return black && !nameSaysOther ? Colour.RED : Colour.UNKNOWN;
    }

    /**
     * The colour the wine's grapes tell ({@link #grapesOf}): {@code UNKNOWN}, {@code WHITE} or {@code RED}. It stands
     * for the library's colour only where the library gives none, and not against a colour a label writes as a single
     * letter ("… R 2021", "… B 11": a cut word as often as a colour).
     */
    static Colour colourOf(int grapes) {
        return switch (grapes >>> COLOUR_SHIFT & 3) {
            case 1 -> Colour.WHITE;
            case 2 -> Colour.RED;
            default -> Colour.UNKNOWN;
        };
    }

    private static int indexOf(String[] values, String value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }
}
