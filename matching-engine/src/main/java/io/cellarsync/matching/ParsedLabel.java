package io.cellarsync.matching;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the {@link LabelParser} understood of a label.
 *
 * @param original the label as given, for display
 * @param terms the canonical words left to match against the library (vocabulary expanded, noise removed)
 * @param vintage the vintage the label states, or 0
 * @param vintageText the vintage as the label writes it ({@code 18}, {@code 2018}), empty when there is none: it may
 *     also be part of a wine's name ("19 Crimes", "Cora de Loxarel 2023")
 * @param nonVintage whether the label says non-vintage ({@code NV}, {@code SA})
 * @param serving bottle, format or glass
 * @param colour the colour the label states
 * @param colourFromInitial whether the colour was read from a single letter only ({@code R}, {@code B}), which may be
 *     an initial of the name ("R DE RIEUSSEC") as well
 * @param colourWords the words (not codes) the colour was read from, as terms: they may also be part of a proper name
 *     ("Raventós i Blanc", "Barolo La Rosa")
 * @param trailingLetter a single letter the label's words end with, else empty: the start of a word the till cut off
 *     ("GALIL CABERNET F 21"), too short to be a term but telling which wine's name goes on with it
 * @param beforeOf the terms written right before "de", "du", "des" or an elided "d'", each with the number of terms
 *     read up to it: "ESPERANCE DE TROTANOY" names a wine of Trotanoy's (its second wine), not Trotanoy
 * @param innerLetters the single letters written before a word of the label, each once ("M.RISCAL RVA": {@code m};
 *     "C.ROTIE": {@code c}): a till's initial of a word it left out, as the trailing letter is of a word it cut
 * @param servingWords the words read both as a serving and as terms ("COPA": a glass, and a word of Copa Sabia), and
 *     a bare pour's size ending the label, read as a serving only unless the wine's name has it ("CHIVITE BLANCO 125")
 * @param servingAsName the serving the label says when its serving words are a name's ({@link #serving} otherwise)
 * @param vintageEndsLabel whether the label has a vintage and no term after it ("PENFOLDS BIN 28 '23"): a year-like
 *     number amid the label's words may be the wine's number as well ("19 CRIMES RED 187", "CRICOVA 1952 BRUT ALB 2")
 */
record ParsedLabel(String original, List<String> terms, int vintage, String vintageText, boolean nonVintage, Serving serving,
        Colour colour, boolean colourFromInitial, List<String> colourWords, String trailingLetter, List<Of> beforeOf,
        String innerLetters, List<String> servingWords, Serving servingAsName, boolean vintageEndsLabel) {

    /**
     * A term written right before "de" and the terms read up to it, so that the terms after it are
     * {@code terms().subList(termsUpTo, terms().size())}.
     *
     * @param term the term before "de"
     * @param termsUpTo the number of terms read up to and with it
     */
    record Of(String term, int termsUpTo) {}

    /** The standard bottle, 75 cl: the one a bottle word ("BTL", "GFA") names. */
    static final int STANDARD_BOTTLE_ML = 750;

    ParsedLabel {
        terms = List.copyOf(terms);
        colourWords = List.copyOf(colourWords);
        beforeOf = List.copyOf(beforeOf);
        servingWords = List.copyOf(servingWords);
    }

    OptionalInt vintageYear() {
        return vintage == 0 ? OptionalInt.empty() : OptionalInt.of(vintage);
    }

    /** The bottle volume the label names when it is a format other than the standard 75 cl bottle (MAG: 1500), or 0. */
    int otherFormatMl() {
        int volume = serving.kind() == Serving.Kind.BOTTLE ? serving.volumeMl().orElse(0) : 0;
        return volume == STANDARD_BOTTLE_ML ? 0 : volume;
    }

    /**
     * The label reduced to what was understood: two labels with the same key name the same thing. It depends on the
     * vocabulary and the parser, and on the year (2-digit vintages): the same label may have another key in another
     * version, which is why {@link LearnedAnswers} stores the label, and a key only as earlier versions stored it.
     */
    String key() {
        return String.join(" ", terms) + (trailingLetter.isEmpty() ? "" : " " + trailingLetter + "…")
                + "|" + vintage + (nonVintage ? "nv" : "") + "|" + serving.kind()
                + (serving.volumeMl().isPresent() ? " " + serving.volumeMl().getAsInt() : "") + "|" + colour;
    }

    /**
     * A key as {@link #key()} writes it, or wrote it before 2026-12-05 (see {@link #currentKey}): the terms, which
     * hold no {@code |} (the tokenizer splits on it), the vintage, the serving with its volume, the colour.
     */
    private static final Pattern KEY = Pattern.compile("[^|]*\\|\\d+(?:nv)?\\|(?:"
            + Stream.of(Serving.Kind.values()).map(Enum::name).collect(Collectors.joining("|"))
            + ")(?: \\d+|OptionalInt\\[\\d+]|OptionalInt\\.empty)?\\|(?:"
            + Stream.of(Colour.values()).map(Enum::name).collect(Collectors.joining("|")) + ")");

    private static final Pattern LEGACY_VOLUME =
            Pattern.compile("OptionalInt(?:\\[(\\d+)]|\\.empty)");

    /**
     * A key as {@link #key()} writes it, from one written before 2026-12-05, which spelled the serving's volume with
     * {@code OptionalInt.toString()} ({@code BOTTLEOptionalInt[750]}, {@code GLASSOptionalInt.empty}): answers a host
     * stored then still resolve their labels. A text that is no key (the label a user answered, which may say
     * anything) is returned as it is.
     */
    static String currentKey(String key) {
        return key.contains("OptionalInt") && isKey(key) ? LEGACY_VOLUME.matcher(key).replaceAll(
                match -> match.group(1) == null ? "" : " " + match.group(1)) : key;
    }

    /**
     * Whether a text stored in {@link LearnedAnswers} is a key, as {@link #key()} writes it today or wrote it before
     * ({@code chateau margaux|2015|BOTTLE 750|RED}), rather than the text of a label: earlier versions stored keys,
     * this one stores labels, and a label that reads as a key (no till writes one) is stored as its key.
     */
    static boolean isKey(String text) {
        return KEY.matcher(text).matches();
    }
}
