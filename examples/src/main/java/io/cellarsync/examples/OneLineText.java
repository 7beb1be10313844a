package io.cellarsync.examples;

import java.util.Locale;
import java.util.OptionalInt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Text that must stay on one line: a control character (a line break, a tab, a terminal's escape) in a name or a
 * reason would split a table row or drive the terminal. Text the operator types or writes in a library CSV is
 * refused when it holds one ({@link Option}); text that comes from elsewhere (the POS's names, a state written before
 * the check) is shown with each control character as {@code \\uXXXX} ({@link #printable}). {@code --json} output
 * keeps the text exactly as it is.
 */
public final class OneLineText {

    private OneLineText() {}

    /**
     * The text as one line: every control character (Unicode {@code Cc}, and the line and paragraph separators
     * U+2028 and U+2029) written as {@code \\uXXXX}, the rest as it is.
     *
     * @param text any text
     * @return the text without a control character
     */
    public static String printable(String text) {
        if (firstControl(text).isEmpty()) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (isControl(c)) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /**
     * What is wrong with a text that must be one line, or nothing: {@code holds a line break (U+000A)}.
     *
     * @param text the text
     * @return the problem, naming the first control character, or empty when the text is one line of printable text
     */
    public static java.util.Optional<String> problem(String text) {
        OptionalInt control = firstControl(text);
        if (control.isEmpty()) {
            return java.util.Optional.empty();
        }
        int c = control.getAsInt();
        return java.util.Optional.of(String.format(Locale.ROOT, "holds %s (U+%04X)", name(c), c));
    }

    private static OptionalInt firstControl(String text) {
        return text.codePoints().filter(OneLineText::isControl).findFirst();
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static String name(int c) {
        return switch (c) {
            case '\n', '\r', '\u0085', '\u2028', '\u2029' -> "a line break";
            case '\t' -> "a tab";
            case '\u001B' -> "an escape character";
            default -> "a control character";
        };
    }

    /**
     * picocli's converter for an option whose text is recorded and shown in tables ({@code --reason}, {@code --cellar},
     * a new wine's {@code --name}): a control character is a usage error (exit 2) naming the value, shown printable.
     */
    public static final class Option implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            problem(value).ifPresent(problem -> {
                throw new TypeConversionException("'" + printable(value) + "' " + problem + "; give one line of text"
                        + " without control characters (line breaks, tabs, escapes)");
            });
            return value;
        }
    }
}
