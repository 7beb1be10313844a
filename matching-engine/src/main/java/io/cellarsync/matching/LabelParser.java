package io.cellarsync.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a POS label (MATCHING.md §3.2): folds it, finds the vintage (four digits, or two digits where
 * unambiguous), the serving (glass, bottle, format), the colour and non-vintage marks, and spells out the
 * vocabulary. What remains are the terms to match.
 */
final class LabelParser {

    private static final Map<String, Integer> FORMAT_WORDS = TextFolder.foldedKeys(Map.ofEntries(
            Map.entry("btl", 750), Map.entry("bt", 750), Map.entry("bte", 750), Map.entry("bout", 750),
            Map.entry("bouteille", 750), Map.entry("bottle", 750), Map.entry("fillette", 375),
            Map.entry("half", 375), Map.entry("mag", 1500), Map.entry("magnum", 1500), Map.entry("dm", 3000),
            Map.entry("jeroboam", 3000), Map.entry("rehoboam", 4500), Map.entry("imperiale", 6000),
            Map.entry("mathusalem", 6000), Map.entry("methuselah", 6000), Map.entry("clavelin", 620),
            Map.entry("pot", 460), Map.entry("flaska", 750), Map.entry("bottiglia", 750), Map.entry("botella", 750),
            Map.entry("flasche", 750), Map.entry("halvflaska", 375), Map.entry("halvfl", 375),
            // A Spanish till's "BOT" (botella), a German one's "FL" (Flasche), a Portuguese one's "GRF" (garrafa).
            Map.entry("bot", 750), Map.entry("fl", 750), Map.entry("grf", 750), Map.entry("garrafa", 750),
            // An Italian till's "MEZZA" (mezza bottiglia), a Danish or Norwegian one's "FLASKE" and "HALV", a Dutch
            // one's "FLES", a German one's "HALBE" (eleventh session), a Dutch one's "HALVE" (fles; fourteenth session).
            Map.entry("mezza", 375), Map.entry("flaske", 750), Map.entry("halv", 375), Map.entry("fles", 750),
            Map.entry("halbe", 375), Map.entry("halve", 375),
            // A Finnish till's "PULLO" (a bottle; twelfth session), a Portuguese one's "MEIA" (meia garrafa, a half
            // bottle; probe U, thirteenth session), a Greek one's "BOUKALI" (a bottle; probe V).
            Map.entry("pullo", 750), Map.entry("meia", 375), Map.entry("boukali", 750),
            // A Warsaw till's "BUT." (butelka) and a Hong Kong one's "JUN" (a bottle), "BUN JUN" (half a bottle) and
            // "DAI JUN" (a big one: a magnum), as a bottle word does not undo the size before it (probe X, fourteenth
            // session).
            Map.entry("but", 750), Map.entry("jun", 750), Map.entry("bun", 375), Map.entry("dai", 1500),
            // A Mexico City till's "MEDIA" (media botella, a half) and "MGNM" (probe W, fourteenth session).
            Map.entry("media", 375), Map.entry("mgnm", 1500),
            // A São Paulo till's "GFA" (garrafa) and a Bangkok one's ขวด (a bottle; probe Y, fifteenth session).
            Map.entry("gfa", 750), Map.entry("ขวด", 750),
            // A Prague till's "LAHEV" (probe W, read in the fifteenth session), a Budapest one's "ÜVEG" and "PALACK"
            // (probe AA, sixteenth session).
            Map.entry("lahev", 750), Map.entry("üveg", 750), Map.entry("palack", 750),
            // An Istanbul till's "ŞİŞE" (probe AB, sixteenth session; "Y.ŞİŞE", yarım şişe, is a half: read below), a
            // Marrakech one's "BLE" (bouteille), a Dallas one's "SPLIT" (the library lists its small sparkling bottles
            // as 200 ml, some as 187), a Seoul one's 병 (probe AC).
            Map.entry("şişe", 750), Map.entry("ble", 750), Map.entry("split", 200), Map.entry("병", 750),
            // A Tel Aviv wine bar's בקבוק (a bottle), חצי (a half: "חצי בקבוק", as "1/2 BTL") and מגנום (probe AD,
            // seventeenth session).
            Map.entry("בקבוק", 750), Map.entry("חצי", 375), Map.entry("מגנום", 1500),
            // A Bucharest till's STICLĂ (probe AE, seventeenth session), a Tokyo one's ボトル, ハーフ and マグナム
            // (probe AF).
            Map.entry("sticlă", 750), Map.entry("ボトル", 750), Map.entry("ハーフ", 375), Map.entry("マグナム", 1500)));
    /**
     * Glass words that are also words of wines' names: the Spanish glass "COPA" (*Copa Sabia*). Each, as each of the
     * {@link #BOTTLE_OR_NAME_WORDS}, is read both ways ({@link ParsedLabel#servingWords}): a serving, and a word the
     * label may name a wine by, which costs a wine that lacks it no more than a soft word.
     */
    private static final List<String> GLASS_OR_NAME_WORDS = TextFolder.foldAll("copa",
            // A Zagreb till's ČAŠA (a glass; probe AD, seventeenth session), folded "casa", as Casa Castillo's Casa.
            "čaša");
    /**
     * Bottle words that are also words of wines' names, with the bottle's millilitres: the Italian "BOTT." (*Bott
     * Frères*), a Zagreb till's BOCA (probe AD; the library's Boca is a Piedmont appellation), a Mumbai one's BABY
     * ("BABY 200ML", a 200 ml bottle) and the piccolo (*Il Piccolo* of Vinding Montecarrubo).
     */
    private static final Map<String, Integer> BOTTLE_OR_NAME_WORDS = Map.of("bott", ParsedLabel.STANDARD_BOTTLE_ML,
            "boca", ParsedLabel.STANDARD_BOTTLE_ML, "baby", 200, "piccolo", 200);
    private static final List<String> GLASS_WORDS = TextFolder.foldAll("verre", "vr", "gl", "glass", "glas", "verres",
            "coupe", "flute", "bicchiere", "calice", "gls", "copo", "cp", "lasi", "potiri", "kiel", "kieliszek",
            "lampka", "bui",
            // A São Paulo till's "TAÇA" and a Bangkok one's แก้ว (probe Y); a Budapest one's "POHÁR" (probe AA).
            "taça", "แก้ว", "pohár",
            // An Istanbul till's "KADEH", "KDH" (probe AB), a Seoul one's 잔 (probe AC).
            "kadeh", "kdh", "잔",
            // A Tel Aviv wine bar's כוס (probe AD, seventeenth session), a Bucharest one's PAHAR (probe AE).
            "כוס", "pahar",
            // A Tokyo till's グラス (probe AF, seventeenth session).
            "グラス");
    private static final List<String> CARAFE_WORDS = List.of("pichet", "carafe", "karaff", "karaffe", "caraffa",
            "karafka", "karafa", "karaf",
            // A Geneva brasserie's CHOPINE, a Swiss half litre (probe AF, seventeenth session).
            "chopine");
    /** The standard bottle in centilitres, as a till writes it ("CL 75", "75 2019"). */
    private static final String STANDARD_BOTTLE_CL = Integer.toString(ParsedLabel.STANDARD_BOTTLE_ML / 10);
    /** Sizes a carafe or a pot is sold in, in centilitres, read as such right after the word ("CARAFE 50"). */
    private static final List<String> CARAFE_SIZES_CL = List.of("25", "46", "50", "75", "100");
    /** The Czech colour after "Rulandské" (Pinot), folded and cut as a till writes it, and the Pinot it names. */
    private static final Map<String, String> PINOTS_IN_CZECH = Map.of("sede", "gris", "sed", "gris", "modre", "noir",
            "mod", "noir", "bile", "blanc", "bil", "blanc");
    private static final List<String> NON_VINTAGE_WORDS = List.of("nv", "sa", "bsa", "mv");
    /** The words that make the word before them of what follows ({@link ParsedLabel#beforeOf}). */
    private static final List<String> OF = List.of("de", "du", "des");
    /** The largest bottle a volume may be: a Melchizedek's 30 l. */
    private static final long LARGEST_BOTTLE_ML = 30_000;
    /** Volumes up to this many millilitres are a glass, not a bottle (MATCHING.md: 12, 14, 15 cl). */
    private static final int LARGEST_GLASS_ML = 160;
    /**
     * A British pub's large pour: a glass although it is above {@link #LARGEST_GLASS_ML} (no bottle holds 175 ml). It
     * and the standard 125 ml pour are glasses also written bare at the label's end ("GUIGAL CDR ROUGE 175"; probe Y).
     */
    private static final int BRITISH_LARGE_POUR_ML = 175;
    private static final List<String> BARE_POURS = List.of("125", "175");
    /** The largest pour in US fluid ounces; more ounces are a bottle's (a 750 ml bottle is 25.4 oz). */
    private static final int LARGEST_POUR_OZ = 10;
    /** With a glass word, volumes up to this many millilitres are the glass's (a 25 cl glass); above, they are not. */
    private static final int LARGEST_NAMED_GLASS_ML = 300;

    private final Clock clock;

    LabelParser(Clock clock) {
        this.clock = clock;
    }

    ParsedLabel parse(String label) {
        List<Token> tokens = withoutItemCode(withYearApart(withoutOrdinals(Tokenizer.tokens(
                withoutYearSuffixes(TextFolder.fold(label))))));
        State state = read(tokens, true);
        // The serving the label says if its serving-or-name words are a name's ("COPA SABIA BRUT" is a bottle).
        Serving servingAsName = state.servingWords.isEmpty() ? state.serving() : read(tokens, false).serving();
        // "SA" or "S.A." followed by a distinctive word of the wine is a company's suffix ("BODEGAS SAN PRUDENCIO S.A.
        // ENVITE BLANCO 15"), not "sans année" ("POL ROGER SA BRUT" still is).
        if (state.sansAnneeAt >= 0 && state.terms.subList(state.sansAnneeAt, state.terms.size()).stream()
                .anyMatch(LabelVocabulary::isDistinctive)) {
            state.nonVintage = state.otherNonVintageMark;
        }
        // A label that says non-vintage ("SA", "NV") keeps its numbers as words: "18 MOINS … SA", "VENTOSA 1952 NV".
        if (state.nonVintage && state.fourDigitYear != 0) {
            state.terms.add(Integer.toString(state.fourDigitYear));
            state.fourDigitYear = 0;
        }
        int vintage = state.fourDigitYear != 0 ? state.fourDigitYear : state.nonVintage ? 0 : twoDigitYear(state);
        String vintageText = state.fourDigitYear != 0 ? Integer.toString(state.fourDigitYear)
                : vintage != 0 ? state.lastTwoDigits.text() : "";
        if (vintage == 0 && state.lastTwoDigits != null) {
            state.terms.add(state.lastTwoDigits.text());
        }
        int termsBeforeVintage = state.fourDigitYear != 0 ? state.termsBeforeYear : state.termsBeforeTwoDigits;
        return new ParsedLabel(label, state.terms, vintage, vintageText, state.nonVintage && vintage == 0,
                state.serving(), state.colour, state.colourFromInitial, state.colourWords, state.trailingLetter,
                state.beforeOf, state.innerLetters, state.servingWords, servingAsName,
                vintage != 0 && termsBeforeVintage == state.terms.size());
    }

    private State read(List<Token> tokens, boolean servingOrNameWordsServe) {
        State state = new State();
        state.servingOrNameWordsServe = servingOrNameWordsServe;
        for (int i = 0; i < tokens.size(); i++) {
            i = read(tokens, i, state);
        }
        return state;
    }

    /** Reads the token at {@code i} (and what belongs to it); returns the index of the last token consumed. */
    private int read(List<Token> tokens, int i, State state) {
        Token token = tokens.get(i);
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
        if (token.isNumber()) {
            return readNumber(tokens, i, next, state);
        }
        String word = token.text();
        if (word.equals("%") || word.equals("°")) {
            return i;
        }
        if (OF.contains(word) && state.lastTermToken == i - 1 && !state.terms.isEmpty()) {
            state.beforeOf.add(new ParsedLabel.Of(state.terms.get(state.terms.size() - 1), state.terms.size()));
        }
        if (word.equals("demi") || word.equals("dbl") || word.equals("double")) {
            return readQualifiedFormat(word, next, i, state);
        }
        Matcher puttonyos = PUTTONYOS.matcher(word);
        if (puttonyos.matches()) {
            state.terms.add(puttonyos.group(1));
            state.terms.add("puttonyos");
            return i;
        }
        if ((word.equals("y") || word.equals("yarim")) && next.equals("sise")) {
            // An Istanbul till's half bottle, yarım şişe ("Y.ŞİŞE CAMPOFİORİN 2022"; probe AB, sixteenth session).
            state.bottleMl = 375;
            return i + 1;
        }
        if (word.equals("marie") && next.equals("jeanne")) {
            state.bottleMl = 2250;
            return i + 1;
        }
        if ((word.equals("n") && next.equals("v")) || (word.equals("s") && next.equals("a"))) {
            markNonVintage(word, state);
            return i + 1;
        }
        // A Prague till's Czech grape names of two words (probe W, read in the fifteenth session): Ryzlink rýnský is
        // Riesling (Ryzlink vlašský, the Welschriesling the library writes so, stays), Rulandské šedé, modré, bílé
        // (or "Rul.") Pinot Gris, Noir, Blanc.
        if (word.equals("ryzlink") && (next.equals("rynsky") || next.equals("ryn"))) {
            state.terms.add("riesling");
            return i + 1;
        }
        if ((word.equals("rulandske") || word.equals("rul")) && PINOTS_IN_CZECH.containsKey(next)) {
            state.terms.add("pinot");
            state.terms.add(PINOTS_IN_CZECH.get(next));
            return i + 1;
        }
        if (word.equals("nr") && state.lastTermIs("pinot")) {
            // "PINOT NR": a till's Pinot Noir ("Nr" alone is a number: "Cuvée Stockholm Nr 2").
            state.terms.add("noir");
            return i;
        }
        // A Spanish till's "GR RVA" (Gran Reserva) and "BRUT NAT" (Brut Nature); alone, GR and NAT are more often a cut
        // word ("PINOT GR", "KLAGSHAMN NAT").
        if (word.equals("gr") && LabelVocabulary.expand(next).equals(List.of("reserve"))) {
            state.terms.add("grand");
            return i;
        }
        // An Austrian or German till's "BA" (Beerenauslese) before the wine's next word ("KRACHER BA CUVÉE"); last, or
        // before a number, BA is more often a cut word ("LUCIEN LE MOINE BA 19" of Bâtard-Montrachet).
        if (word.equals("ba") && !next.isEmpty() && !tokens.get(i + 1).isNumber()) {
            state.terms.add("beerenauslese");
            return i;
        }
        // An Australian or English till's "SAV BLANC", "CAB SAV"; alone, SAV is more often a cut Savigny or Savagny.
        if (word.equals("sav") && (LabelVocabulary.expand(next).equals(List.of("blanc"))
                || LabelVocabulary.colourOf(next) == Colour.WHITE
                || state.lastTermIs("cabernet"))) {
            state.terms.add("sauvignon");
            return i;
        }
        if (word.equals("nat") && state.lastTermIs("brut")) {
            state.terms.add("nature");
            return i;
        }
        if (word.equals("c") && next.equals("du")) {
            state.terms.add("cotes");
            return i;
        }
        if (readServingWord(word, state)) {
            return i;
        }
        boolean glassOrName = GLASS_OR_NAME_WORDS.contains(word);
        if ((glassOrName || BOTTLE_OR_NAME_WORDS.containsKey(word)) && state.servingOrNameWordsServe) {
            if (glassOrName) {
                state.glass = true;
            } else if (state.bottleMl == 0) {
                state.bottleMl = BOTTLE_OR_NAME_WORDS.get(word);
            }
            state.servingWords.add(word);
        }
        // "½FL", "½BTL": a half bottle written in one word (½ folds to 1/2).
        if (word.startsWith("1/2") && FORMAT_WORDS.getOrDefault(word.substring(3), 0) == 750) {
            state.bottleMl = 375;
            return i;
        }
        if (NON_VINTAGE_WORDS.contains(word)) {
            markNonVintage(word, state);
            if (word.equals("bsa")) {
                state.terms.add("brut");
            }
            return i;
        }
        Colour colour = LabelVocabulary.colourOf(word);
        // A single letter does not undo a colour a code or a word stated: "CUV RSE B" is a rosé, its B a brut.
        boolean initial = word.length() == 1;
        if (colour != Colour.UNKNOWN && initial && state.colour != Colour.UNKNOWN && !state.colourFromInitial) {
            return i;
        }
        if (colour != Colour.UNKNOWN) {
            state.colour = colour;
            state.colourFromInitial = initial;
            if (LabelVocabulary.isColourCode(word)) {
                // A colour letter before a word may be an initial ("R.PICHLER" of Rudi Pichler).
                state.colourLetter = initial ? word : "";
                return i;
            }
            state.colourWords.addAll(LabelVocabulary.expand(word));
        }
        List<String> terms = LabelVocabulary.expand(word);
        state.terms.addAll(terms);
        if (!terms.isEmpty()) {
            state.lastTermToken = i;
            if (!state.colourLetter.isEmpty() && state.innerLetters.indexOf(state.colourLetter.charAt(0)) < 0) {
                state.innerLetters += state.colourLetter;
            }
            state.colourLetter = "";
            if (!state.trailingLetter.isEmpty() && state.innerLetters.indexOf(state.trailingLetter.charAt(0)) < 0) {
                state.innerLetters += state.trailingLetter;
            }
            state.trailingLetter = "";
        } else if (word.length() == 1 && Character.isLetter(word.charAt(0)) && !LabelVocabulary.STOP.contains(word)
                && !token.afterApostrophe()) {
            // A letter after an apostrophe is a possessive's ("Amy's"), not the start of a word the till cut.
            state.trailingLetter = word;
        }
        return i;
    }

    /**
     * Marks the label non-vintage. "SA" ("S.A." read as {@code s}) may be a company's suffix instead, which is decided
     * once the whole label is read; "NV", "N.V.", "BSA" and "MV" are not.
     */
    private static void markNonVintage(String mark, State state) {
        state.nonVintage = true;
        if (mark.equals("s") || mark.equals("sa")) {
            state.sansAnneeAt = state.terms.size();
        } else {
            state.otherNonVintageMark = true;
        }
    }

    /** The bottle volume a format word names ({@code magnum}: 1500), or 0. */
    static int formatVolume(String word) {
        return FORMAT_WORDS.getOrDefault(word, 0);
    }

    private static boolean readServingWord(String word, State state) {
        Integer formatMl = FORMAT_WORDS.get(word);
        if (formatMl != null) {
            // "1/2 BTL": the word for a bottle does not undo the size said before it.
            if (formatMl != 750 || state.bottleMl == 0) {
                state.bottleMl = formatMl;
            }
            return true;
        }
        if (GLASS_WORDS.contains(word)) {
            state.glass = true;
            return true;
        }
        if (CARAFE_WORDS.contains(word)) {
            state.carafe = true;
            return true;
        }
        return false;
    }

    private static int readQualifiedFormat(String word, String next, int i, State state) {
        if (word.equals("demi")) {
            if (next.equals("sec")) {
                state.terms.add("demi");
                return i;
            }
            state.bottleMl = 375;
            return next.equals("btl") || next.equals("bouteille") || next.equals("bt") ? i + 1 : i;
        }
        if (next.equals("mag") || next.equals("magnum")) {
            state.bottleMl = 3000;
            return i + 1;
        }
        state.terms.add(word);
        return i;
    }

    private int readNumber(List<Token> tokens, int i, String next, State state) {
        Token token = tokens.get(i);
        String text = token.text();
        OptionalInt unitMl = unitMillilitres(next);
        if (text.equals("1/2")) {
            state.bottleMl = 375;
            return i;
        }
        if (text.equals("375") && unitMl.isEmpty()) {
            // A US till's half bottle, written without its unit ("OPUS ONE 375 '22"): no library name has the number.
            state.bottleMl = 375;
            return i;
        }
        if (BARE_POURS.contains(text) && unitMl.isEmpty() && i == tokens.size() - 1) {
            // A pour's size at the label's end; inside the label, a number is the wine's (Chivite Colección 125). At
            // the end too when the proposed wine's name has it ("CHIVITE BLANCO 125"): read both ways, as "COPA" is,
            // but no term, which would cost every other wine its pour ("CHAMP MOET IMP 375" did, as a term).
            state.servingWords.add(text);
            if (state.servingOrNameWordsServe) {
                state.volume(Integer.parseInt(text));
                return i;
            }
        }
        if (text.equals("1/8")) {
            // An Austrian or German list's eighth of a litre ("Achtel"): a glass.
            state.volume(125);
            return i;
        }
        if (next.equals("%") || next.equals("°")) {
            return i + 1;
        }
        double value = number(text);
        String previous = i > 0 ? tokens.get(i - 1).text() : "";
        if (unitMl.isEmpty() && token.isInteger() && CARAFE_SIZES_CL.contains(text)
                && (CARAFE_WORDS.contains(previous) || previous.equals("pot"))) {
            // "CARAFE 50", "POT 46": a carafe's size in centilitres, not a vintage (1950) nor a word.
            state.volume((int) value * 10);
            return i;
        }
        long millilitres = unitMl.isPresent() ? Math.round(value * unitMl.getAsInt()) : 0;
        if (next.equals("oz") && value <= LARGEST_POUR_OZ) {
            // Ounces up to a large pour are a glass, whatever the millilitres ("GL BV NAPA CAB 6OZ").
            state.glass = true;
            state.glassMl = (int) millilitres;
            return i + 1;
        }
        // A year before a unit is the vintage ("2019 CL" is no 20.19 l bottle: a till's cut "2019 CL 75").
        boolean year = token.isInteger() && text.length() == 4 && value >= 1900 && value <= maxYear();
        // "LA ROCCA 33 CL 75": the unit is the 75's, the bottle's centilitres written after it (a till's "2019 CL 75");
        // the number before it is the wine's, not a 33 cl bottle, which would name no wine not held in it (a review).
        boolean bottleAfterUnit = next.equals("cl") && token.isInteger() && !year && !text.equals(STANDARD_BOTTLE_CL)
                && i + 2 < tokens.size() && tokens.get(i + 2).text().equals(STANDARD_BOTTLE_CL);
        if (bottleAfterUnit) {
            state.volume(ParsedLabel.STANDARD_BOTTLE_ML);
        } else if (millilitres > 0 && millilitres <= LARGEST_BOTTLE_ML && !year) {
            state.volume((int) millilitres);
            return i + 1;
        }
        // A number too large for any bottle before a unit ("2019 DL", "99999999999 L") is no volume: a year, a word.
        // The unit stays a unit, read as nothing: not Clos (CL) nor the letter left of a cut word (L).
        int after = bottleAfterUnit ? i + 2 : unitMl.isPresent() ? i + 1 : i;
        if (!token.isInteger()) {
            if (unitMl.isEmpty()) {
                readBareDecimal(value, state);
            }
            return after;
        }
        if (year) {
            if (state.lastTwoDigits != null) {
                // Two digits before a four-digit year are the wine's number, not its vintage: "PENFOLDS BIN 28 2023"
                // (a review, sixteenth session). Not a glass's centilitres right after a glass word ("GL 15 CHABLIS
                // 2022"), nor 75 right before the year, the bottle's centilitres, dropped as before (no library name
                // has the number; read as 750 ml, it would rule out the half bottles of wines listed so): as the wine's
                // number they named no wine ("SAUVIGNON GRIS 75 2021"), or another one ("the label's number (75) is
                // not the closest wine's (4.090)"; a review).
                if (state.twoDigitsAfterGlassWord) {
                    state.volume(Integer.parseInt(state.lastTwoDigits.text()) * 10);
                } else if (!(state.lastTwoDigits.text().equals(STANDARD_BOTTLE_CL)
                        && tokens.get(i - 1) == state.lastTwoDigits)) {
                    state.terms.add(state.termsBeforeTwoDigits, state.lastTwoDigits.text());
                }
                state.lastTwoDigits = null;
            }
            state.fourDigitYear = (int) value;
            state.termsBeforeYear = state.terms.size();
        } else if (text.length() == 2) {
            if (state.lastTwoDigits != null) {
                state.terms.add(state.lastTwoDigits.text());
            }
            state.lastTwoDigits = token;
            state.termsBeforeTwoDigits = state.terms.size();
            state.twoDigitsAfterGlassWord = GLASS_WORDS.contains(previous)
                    && value * 10 <= LARGEST_NAMED_GLASS_ML;
        } else {
            state.terms.add(text);
        }
        return after;
    }

    /**
     * {@code 37,5} and {@code 0,375} (litres: a Czech list's) are a half bottle, {@code 0,75} a bottle, {@code 1,5} a
     * magnum, {@code 0,1}, {@code 0,125} and {@code 0,15} litres a glass (a German list's serving); other decimals are
     * strengths.
     */
    private static void readBareDecimal(double value, State state) {
        if (value == 0.1 || value == 0.125 || value == 0.15) {
            state.volume((int) Math.round(value * 1000));
        } else if (value == 37.5 || value == 0.375) {
            state.bottleMl = 375;
        } else if (value == 0.75) {
            state.bottleMl = 750;
        } else if (value == 1.5) {
            state.bottleMl = 1500;
        }
    }

    private int twoDigitYear(State state) {
        Token token = state.lastTwoDigits;
        if (token == null) {
            return 0;
        }
        int twoDigits = Integer.parseInt(token.text());
        int thisYear = LocalDate.now(clock).getYear();
        int year = twoDigits <= (thisYear + 1) % 100 ? 2000 + twoDigits : 1900 + twoDigits;
        // A bare 2-digit number before 1950 is more likely a cuvée number ("Lat 42") than a vintage.
        return token.afterApostrophe() || year >= 1950 ? year : 0;
    }

    private int maxYear() {
        return LocalDate.now(clock).getYear() + 1;
    }

    /**
     * A Budapest till's year suffix, folded ("2019-es", "2013-as", "2015-ös"; probe AA, sixteenth session), written
     * onto the year with a hyphen: a word after a year is a name's ("2021 As Sortes", "2019 Es D'Aqui Paloma"; a
     * review of the sixteenth session). And a Zagreb till's "2015.g." (godina, year; probe AD, seventeenth session),
     * its dot taken whole: the G of a producer's initials after the year is no suffix ("2015.G.H." of G.H. Mumm).
     */
    private static final Pattern YEAR_SUFFIX =
            Pattern.compile("(?<![\\p{L}\\p{N}])((?:19|20)\\d{2})(?:-(?:es|as|os)|\\.\\s?g\\.?+)(?![\\p{L}\\p{N}])");

    /** The folded label without the suffixes of its years ({@link #YEAR_SUFFIX}). */
    private static String withoutYearSuffixes(String folded) {
        return folded.indexOf('-') < 0 && folded.indexOf('.') < 0 ? folded
                : YEAR_SUFFIX.matcher(folded).replaceAll("$1");
    }

    /** A Tokaji Aszú's puttonyos written with its number ("5p", "6P"; probe AA). */
    private static final Pattern PUTTONYOS = Pattern.compile("([3-6])p");

    /** An edition's number written as an ordinal: "173EME", "246TH". */
    private static final Pattern ORDINAL = Pattern.compile("(\\d{3})(?:ieme|eme|e|th)");

    /**
     * The tokens with an edition's ordinal read as its number ("KRUG GRANDE CUVEE 173EME" is Krug Grande Cuvée Edition
     * 173): three digits only, a year or a vintage's two digits are no edition.
     */
    private static List<Token> withoutOrdinals(List<Token> tokens) {
        List<Token> read = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            // Most tokens begin with a letter: no matcher for them (this runs for every label).
            Matcher ordinal = Character.isDigit(token.text().charAt(0)) ? ORDINAL.matcher(token.text()) : null;
            boolean edition = ordinal != null && ordinal.matches();
            read.add(edition ? new Token(ordinal.group(1), token.afterApostrophe()) : token);
        }
        return read;
    }

    /** A till's item code: one letter and two to four digits ("W101"). */
    private static final Pattern ITEM_CODE = Pattern.compile("\\p{L}\\d{2,4}");

    /**
     * The tokens without the item code a till writes before a label's words ("W101 MOET IMP BRUT BTL"): no library
     * name has a word of one letter and digits, and the code, a word no wine has, lowered every wine's score.
     */
    private static List<Token> withoutItemCode(List<Token> tokens) {
        return tokens.size() > 1 && ITEM_CODE.matcher(tokens.get(0).text()).matches()
                ? tokens.subList(1, tokens.size()) : tokens;
    }

    /** A word of three letters or more with two or four digits written onto it ("MORGON23", "RGE22"). */
    private static final Pattern WORD_WITH_YEAR = Pattern.compile("(\\p{L}{3,})(\\d{2}|\\d{4})");

    /**
     * The tokens with the year a till of fixed width writes onto the label's last word read apart ("MORGON CDP
     * DUBOEUF23"). Labels only: a library name's joined number is its own ("Filler12").
     */
    private static List<Token> withYearApart(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        Token last = tokens.get(tokens.size() - 1);
        Matcher year = WORD_WITH_YEAR.matcher(last.text());
        if (!year.matches()) {
            return tokens;
        }
        List<Token> apart = new ArrayList<>(tokens.subList(0, tokens.size() - 1));
        apart.add(new Token(year.group(1), last.afterApostrophe()));
        apart.add(new Token(year.group(2), false));
        return apart;
    }

    private static OptionalInt unitMillilitres(String unit) {
        return switch (unit) {
            case "cl" -> OptionalInt.of(10);
            case "ml" -> OptionalInt.of(1);
            case "dl" -> OptionalInt.of(100);
            case "l", "lt", "ltr", "ltrs", "litre", "litres", "liter", "liters" -> OptionalInt.of(1000);
            // A US fluid ounce, about 29.6 ml: a pour ("6OZ", "9OZ": 180 and 270 ml; probe Z, fifteenth session).
            case "oz" -> OptionalInt.of(30);
            default -> OptionalInt.empty();
        };
    }

    private static double number(String number) {
        try {
            return Double.parseDouble(number.replace(',', '.'));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** What has been read so far. */
    private static final class State {
        final List<String> terms = new ArrayList<>();
        int fourDigitYear;
        Token lastTwoDigits;
        /** How many terms were read before the four-digit year, and before the last two-digit number. */
        int termsBeforeYear;
        int termsBeforeTwoDigits;
        /** Whether the last two-digit number came right after a glass word ("GL 15"): the glass's centilitres. */
        boolean twoDigitsAfterGlassWord;
        boolean nonVintage;
        /** Where "SA" was read (the number of terms before it), or -1: it may be a company's "S.A." instead. */
        int sansAnneeAt = -1;
        /** Whether a non-vintage mark other than "SA" was read ("NV", "BSA", "MV"). */
        boolean otherNonVintageMark;
        boolean glass;
        boolean carafe;
        int bottleMl;
        int glassMl;
        Colour colour = Colour.UNKNOWN;
        /** Whether the colour was read from a single letter (R, B), which may be an initial ("R DE RIEUSSEC"). */
        boolean colourFromInitial;
        final List<String> colourWords = new ArrayList<>();
        /** A single letter after the last word: what is left of a word the till cut ("GALIL CABERNET F 21"). */
        String trailingLetter = "";
        String innerLetters = "";
        /** A colour letter (R, B) read last, which becomes an inner letter when a word follows it. */
        String colourLetter = "";
        /** Whether the serving-or-name words are read as servings too ({@link #GLASS_OR_NAME_WORDS}). */
        boolean servingOrNameWordsServe;
        /** The serving-or-name words read, which stay terms. */
        final List<String> servingWords = new ArrayList<>();
        /** The token that gave the last terms read by the vocabulary, or -1. */
        int lastTermToken = -1;
        final List<ParsedLabel.Of> beforeOf = new ArrayList<>();

        /** Whether the last term read is {@code term} ("PINOT" before "NR", "BRUT" before "NAT"). */
        boolean lastTermIs(String term) {
            return !terms.isEmpty() && terms.get(terms.size() - 1).equals(term);
        }

        void volume(int ml) {
            if (ml <= 0) {
                return;
            }
            if (ml <= LARGEST_GLASS_ML || ml == BRITISH_LARGE_POUR_ML) {
                glassMl = ml;
            } else {
                bottleMl = ml;
            }
        }

        Serving serving() {
            if (glass || glassMl > 0) {
                // A glass word with a volume above the usual glasses ("GLASS … 175ML", "VERRE … 20CL") is that glass.
                int ml = glassMl > 0 ? glassMl : bottleMl <= LARGEST_NAMED_GLASS_ML ? bottleMl : 0;
                return new Serving(Serving.Kind.GLASS, ml > 0 ? OptionalInt.of(ml) : OptionalInt.empty());
            }
            if (carafe) {
                return new Serving(Serving.Kind.CARAFE, bottleMl > 0 ? OptionalInt.of(bottleMl) : OptionalInt.empty());
            }
            return bottleMl > 0 ? new Serving(Serving.Kind.BOTTLE, OptionalInt.of(bottleMl)) : Serving.UNSPECIFIED_BOTTLE;
        }
    }
}
