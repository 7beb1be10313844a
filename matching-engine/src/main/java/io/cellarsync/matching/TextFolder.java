package io.cellarsync.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folds text for comparison: lower case, accents removed, ligatures spelled out (MATCHING.md §3.3), so that
 * {@code Côtes-du-Rhône}, {@code COTES DU RHONE} and {@code cotes du rhone} become the same words.
 */
final class TextFolder {

    private TextFolder() {}

    static String fold(String text) {
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'œ', 'Œ' -> out.append("oe");
                case 'æ', 'Æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case 'ø', 'Ø' -> out.append('o');
                case 'ł', 'Ł' -> out.append('l');
                case 'đ', 'Đ' -> out.append('d');
                // The Turkish dotless i, which no decomposition takes to "i": a till's KIRMIZI typed "Kırmızı".
                case 'ı' -> out.append('i');
                case '\u2044', '\u2215' -> out.append('/');
                case '\u2019', '\u2018', '`', '\u00B4' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Each form folded: a vocabulary's words as a till types them, held as a label's words are read. */
    static List<String> foldAll(String... forms) {
        List<String> folded = new ArrayList<>(forms.length);
        for (String form : forms) {
            folded.add(fold(form));
        }
        return List.copyOf(folded);
    }

    /** The map with its keys folded ({@link #foldAll}). */
    static <V> Map<String, V> foldedKeys(Map<String, V> byForm) {
        Map<String, V> folded = new HashMap<>();
        byForm.forEach((form, value) -> {
            if (folded.put(fold(form), value) != null) {
                throw new IllegalArgumentException("Two forms fold to \"" + fold(form) + "\"");
            }
        });
        return Map.copyOf(folded);
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || c == '`') {
                return false;
            }
        }
        return true;
    }
}
