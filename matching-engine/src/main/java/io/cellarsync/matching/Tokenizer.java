package io.cellarsync.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits folded text into {@link Token}s: letters and digits stay together, hyphens, apostrophes and punctuation
 * split, decimal points and fraction slashes between digits are kept ({@code 37.5}, {@code 1/2}), a number glued to
 * a volume unit is split from it ({@code 75cl} gives {@code 75}, {@code cl}), and elided articles are dropped
 * ({@code l'eglise} gives {@code eglise}) but for an elided {@code de}, which gives {@code de}: a stop word, but telling
 * that the word before it is of what follows ({@code chapelle d'ausone}).
 */
final class Tokenizer {

    /** Labels longer than this are cut: no real label is, and matching time must stay bounded. */
    static final int MAX_CHARS = 400;

    private static final Pattern NUMBER_WITH_UNIT =
            Pattern.compile("(\\d+(?:[.,]\\d+)?)(cl|ml|dl|l|lt|ltr|ltrs|litre|litres|liter|liters|oz|%)");
    /** Initials written with dots ("r.d.", "j.m.", "n.v."): one word, as the same initials written without dots. */
    private static final Pattern DOTTED_INITIALS =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L})\\.(\\p{L})(?:\\.(\\p{L}))?\\.?(?![\\p{L}\\p{N}])");
    private static final Set<String> ELIDED = Set.of("l", "d", "qu", "dell", "all", "nell", "sull");

    private Tokenizer() {}

    static List<Token> tokens(String folded) {
        String cut = folded.length() > MAX_CHARS ? folded.substring(0, MAX_CHARS) : folded;
        String text = cut.indexOf('.') < 0 ? cut : DOTTED_INITIALS.matcher(cut).replaceAll("$1$2$3");
        List<Token> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean afterApostrophe = false;
        boolean pendingApostrophe = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inNumber = current.length() > 0 && Character.isDigit(current.charAt(current.length() - 1));
            boolean numberSeparator = (c == '.' || c == ',' || c == '/') && inNumber
                    && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || numberSeparator) {
                if (current.length() == 0) {
                    afterApostrophe = pendingApostrophe;
                }
                current.append(c);
                pendingApostrophe = false;
                continue;
            }
            boolean apostrophe = c == '\'';
            if (current.length() > 0) {
                String word = current.toString();
                current.setLength(0);
                if (!(apostrophe && ELIDED.contains(word))) {
                    add(tokens, word, afterApostrophe);
                } else if (word.equals("d")) {
                    // "CHAPELLE D'AUSONE": the elided "de" still says what comes before it is of what follows.
                    tokens.add(new Token("de", false));
                }
            }
            if (c == '%' || c == '°') {
                tokens.add(new Token(String.valueOf(c), false));
            }
            pendingApostrophe = apostrophe;
        }
        if (current.length() > 0) {
            add(tokens, current.toString(), afterApostrophe);
        }
        return tokens;
    }

    private static void add(List<Token> tokens, String word, boolean afterApostrophe) {
        Matcher unit = NUMBER_WITH_UNIT.matcher(word);
        if (Character.isDigit(word.charAt(0)) && unit.matches()) {
            tokens.add(new Token(unit.group(1), afterApostrophe));
            tokens.add(new Token(unit.group(2), false));
        } else {
            tokens.add(new Token(word, afterApostrophe));
        }
    }
}
