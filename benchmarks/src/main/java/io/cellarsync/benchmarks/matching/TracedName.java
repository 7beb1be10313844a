package io.cellarsync.benchmarks.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wine's name on its way to a POS label, each character remembering which source words it shows: the folded words
 * of the library entry (as {@link NameWords#words} folds them) that survive the shorthands, dropped words, cuts and
 * typos of {@link PosLabelGenerator}. A word cut short stands for its prefix ({@code "barb*"}); a shorthand stands for
 * the words it replaced ({@code CDR} for côtes, du, rhône); a word with a typo, or a shorthand cut short, stands for
 * nothing. Every operation gives the text the plain string operation gives: the generator's labels do not depend on
 * the tracing.
 */
final class TracedName {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}");

    /**
     * What a run of characters stands for: a word as written in the entry, or a shorthand of some words. Compared by
     * identity: a name may repeat a word ("Gavi di Gavi"), each occurrence its own source.
     */
    private static final class Source {
        private final List<String> words;
        private final String written;
        private final boolean verbatim;

        Source(List<String> words, String written, boolean verbatim) {
            this.words = words;
            this.written = written;
            this.verbatim = verbatim;
        }

        List<String> words() {
            return words;
        }

        String written() {
            return written;
        }

        boolean verbatim() {
            return verbatim;
        }
    }

    private final String text;
    /** For each character, its source; null for what was added (spaces between kept words). */
    private final Source[] origin;

    private TracedName(String text, Source[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** The library entry's text, each of its words its own source. */
    static TracedName of(String name) {
        Source[] origin = new Source[name.length()];
        Matcher separators = NOT_WORD.matcher(name);
        int start = 0;
        while (start < name.length()) {
            int end = separators.find(start) ? separators.start() : name.length();
            if (end > start) {
                String written = name.substring(start, end);
                Source source = new Source(List.copyOf(NameWords.words(written)), written, true);
                Arrays.fill(origin, start, end, source);
            }
            start = end == name.length() ? end : separators.end();
        }
        return new TracedName(name, origin);
    }

    String text() {
        return text;
    }

    /** {@code Pattern.matcher(text).replaceAll(replacement)} for a replacement without {@code $} or {@code \}. */
    TracedName replaceAll(Pattern pattern, String replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        List<Source> origins = new ArrayList<>();
        int last = 0;
        while (matcher.find()) {
            append(out, origins, last, matcher.start());
            List<String> words = new ArrayList<>();
            for (Source source : distinct(matcher.start(), matcher.end())) {
                words.addAll(source.words());
            }
            Source shorthand = new Source(List.copyOf(words), replacement, false);
            out.append(replacement);
            replacement.chars().forEach(c -> origins.add(shorthand));
            last = matcher.end();
        }
        append(out, origins, last, text.length());
        return new TracedName(out.toString(), origins.toArray(Source[]::new));
    }

    /** The words as {@code text.split(" ")} gives them, but the one at {@code index}, joined by single spaces. */
    TracedName withoutWord(int index) {
        List<int[]> words = spaceSeparated();
        List<int[]> kept = new ArrayList<>(words);
        kept.remove(index);
        return join(kept, -1, 0);
    }

    /** {@code text.substring(0, min(length, keep)).strip()}. */
    TracedName cut(int keep) {
        String head = text.substring(0, Math.min(text.length(), keep));
        int begin = head.length() - head.stripLeading().length();
        int end = begin + head.strip().length();
        return new TracedName(text.substring(begin, end), Arrays.copyOfRange(origin, begin, end));
    }

    /**
     * The words as {@code text.split(" ")} gives them, the characters {@code at} and {@code at + 1} of the one at
     * {@code index} swapped, joined by single spaces.
     */
    TracedName withSwap(int index, int at) {
        return join(spaceSeparated(), index, at);
    }

    /** The source words the text still shows, in order: whole words, and a cut word as {@code prefix*}. */
    List<String> sourceWords() {
        Map<Source, StringBuilder> shown = new IdentityHashMap<>();
        List<Source> order = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (origin[i] != null) {
                shown.computeIfAbsent(origin[i], s -> {
                    order.add(s);
                    return new StringBuilder();
                }).append(text.charAt(i));
            }
        }
        List<String> words = new ArrayList<>();
        for (Source source : order) {
            StringBuilder visible = shown.get(source);
            if (visible.toString().equals(source.written())) {
                words.addAll(source.words());
            } else if (source.verbatim() && source.words().size() == 1 && source.written().startsWith(visible.toString())) {
                words.add(fold(visible.toString()) + "*");
            }
        }
        return words;
    }

    private void append(StringBuilder out, List<Source> origins, int from, int to) {
        out.append(text, from, to);
        origins.addAll(Arrays.asList(origin).subList(from, to));
    }

    private List<Source> distinct(int from, int to) {
        Map<Source, Boolean> seen = new IdentityHashMap<>();
        List<Source> sources = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (origin[i] != null && seen.put(origin[i], true) == null) {
                sources.add(origin[i]);
            }
        }
        return sources;
    }

    /** The [start, end) of each word of {@code text.split(" ")}: trailing empty words left out, as split does. */
    private List<int[]> spaceSeparated() {
        List<int[]> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                words.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (text.isEmpty()) {
            return words;
        }
        while (!words.isEmpty() && words.get(words.size() - 1)[0] == words.get(words.size() - 1)[1]) {
            words.remove(words.size() - 1);
        }
        if (words.size() != text.split(" ").length) {
            throw new IllegalStateException("the words of '" + text + "' are not those split(\" \") gives");
        }
        return words;
    }

    /** The words joined by single spaces; in the one at {@code swapIn} (-1: none), {@code at} and the next swapped. */
    private TracedName join(List<int[]> words, int swapIn, int at) {
        StringBuilder out = new StringBuilder();
        List<Source> origins = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            if (w > 0) {
                out.append(' ');
                origins.add(null);
            }
            int[] word = words.get(w);
            int from = out.length();
            append(out, origins, word[0], word[1]);
            if (w == swapIn) {
                swap(out, origins, from + at);
            }
        }
        return new TracedName(out.toString(), origins.toArray(Source[]::new));
    }

    /** Swaps two characters; a source whose characters are swapped out of order no longer reads as its words. */
    private static void swap(StringBuilder out, List<Source> origins, int i) {
        char a = out.charAt(i);
        char b = out.charAt(i + 1);
        out.setCharAt(i, b);
        out.setCharAt(i + 1, a);
        if (a == b) {
            return;
        }
        for (Source touched : List.of(nonNull(origins.get(i)), nonNull(origins.get(i + 1)))) {
            Source typo = new Source(List.of(), touched.written(), false);
            for (int k = 0; k < origins.size(); k++) {
                if (origins.get(k) == touched) {
                    origins.set(k, typo);
                }
            }
        }
    }

    private static Source nonNull(Source source) {
        return source == null ? new Source(List.of(), "", false) : source;
    }

    private static String fold(String text) {
        return DIACRITICS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD))
                .replaceAll("");
    }
}
