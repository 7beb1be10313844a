package io.cellarsync.examples.library;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.sync.LibraryWine;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a library CSV file (UTF-8, a leading byte order mark skipped, header line first) into {@link LibraryRow}s,
 * all or nothing.
 *
 * <p>Columns are found by header name, case-insensitively: {@code id} and {@code name} are required;
 * {@code producer, appellation, region, country, colour, vintage, volume_ml, stock, grapes} are optional; any
 * other column is ignored, but for {@code style}: a row without a colour takes it from the taste style of
 * Systembolaget's catalogue when the style names one colour ({@link #STYLE_COLOURS}). A row with the wrong number of
 * fields, a blank id or name, a bad number, a field holding a control character (a line break inside a quoted field,
 * a tab) or an id seen before is rejected with its line number, and then nothing is returned.
 */
public final class LibraryCsvReader {

    private static final List<String> REQUIRED = List.of("id", "name");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Ways to write "no vintage"; 0 is what some catalogue exports (Systembolaget's) write for it. */
    private static final Set<String> NON_VINTAGE = Set.of("nv", "n.v.", "sa", "s.a.", "0");
    /**
     * Systembolaget writes packs as {@code 6flaskorà750}: count, a word, then the millilitres per bottle; {@code 6x750}
     * and {@code 6 x 750} are read the same. The word is {@code x} or two letters or more, so that {@code 750.5},
     * {@code 1,500} or {@code 7e2} are refused rather than read as 5, 500 or 2.
     */
    private static final Pattern PACK = Pattern.compile("\\d+\\s*(?:[xX×]|\\p{L}{2,}(?:\\s+\\p{L}+)*)\\s*(\\d+)");
    /**
     * Systembolaget's taste styles that name one colour (its catalogue has no colour column); the other styles
     * ("Fruktigt &amp; Smakrikt", "Sött"…) are of several colours and say nothing.
     */
    static final Map<String, String> STYLE_COLOURS = Map.of(
            "torrt vitt", "white", "halvtorrt vitt", "white", "rosé", "rosé", "rött", "red",
            "kryddigt & mustigt", "red", "mjukt & bärigt", "red", "stramt & nyanserat", "red");
    /** The vintages a library may hold: a 4-digit year in the engine's range ({@code 0000} is not one). */
    private static final int FIRST_VINTAGE = LibraryWine.FIRST_VINTAGE;
    private static final int LAST_VINTAGE = LibraryWine.LAST_VINTAGE;

    private LibraryCsvReader() {}

    /**
     * Reads a library file.
     *
     * @param file the CSV file, UTF-8
     * @return the rows in file order
     * @throws LibraryCsvException when the header or a row is bad (nothing is returned then)
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<LibraryRow> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library file " + file + ": " + ReadProblem.reason(e), e);
        }
    }

    /**
     * Reads library CSV text.
     *
     * @param in the CSV text, header first
     * @param source the name used in error messages (a file name)
     * @return the rows in input order
     * @throws LibraryCsvException when the header or a row is bad (nothing is returned then)
     * @throws UncheckedIOException when the reader fails
     */
    public static List<LibraryRow> read(Reader in, String source) {
        List<CsvRecords.CsvRecord> records;
        try {
            records = new CsvRecords(in).readAll(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library " + source + ": " + ReadProblem.reason(e), e);
        }
        if (records.isEmpty()) {
            throw new LibraryCsvException(source, 1, "the file is empty; expected a header with at least id,name");
        }
        Map<String, Integer> columns = header(records.get(0), source);
        List<LibraryRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
            if (record.fields().stream().allMatch(String::isBlank)) {
                continue; // a line of spaces (or of empty fields) holds no wine
            }
            LibraryRow row = row(record, columns, records.get(0).fields().size(), source);
            if (!ids.add(row.id())) {
                throw new LibraryCsvException(source, record.line(), "duplicate id '" + row.id() + "'; ids must be unique");
            }
            rows.add(row);
        }
        return List.copyOf(rows);
    }

    private static Map<String, Integer> header(CsvRecords.CsvRecord header, String source) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = header.fields();
        for (int i = 0; i < names.size(); i++) {
            String name = CsvRecords.columnName(names.get(i));
            if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                throw new LibraryCsvException(source, header.line(), "the header names column '" + name
                        + "' twice; each column once, found " + names);
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new LibraryCsvException(source, header.line(), "the header has no '" + required
                        + "' column; required columns are id,name, found " + names);
            }
        }
        return columns;
    }

    private static LibraryRow row(CsvRecords.CsvRecord record, Map<String, Integer> columns, int width, String source) {
        if (record.fields().size() != width) {
            throw new LibraryCsvException(source, record.line(), "expected " + width + " fields like the header, found "
                    + record.fields().size() + " (quote fields that contain commas)");
        }
        Fields fields = new Fields(record, columns, source);
        return new LibraryRow(
                record.line(),
                fields.required("id"),
                fields.required("name"),
                fields.text("producer"),
                fields.text("appellation"),
                fields.text("region"),
                fields.text("country"),
                fields.colour(),
                fields.vintage(),
                fields.volumeMl(),
                fields.stock(),
                fields.grapes());
    }

    /** The fields of one row, looked up by column name. */
    private record Fields(CsvRecords.CsvRecord record, Map<String, Integer> columns, String source) {

        String text(String column) {
            Integer index = columns.get(column);
            String value = index == null ? "" : record.fields().get(index).strip();
            // A quoted field may span lines; a wine's name, producer... may not: they are shown in one table row.
            OneLineText.problem(value).ifPresent(problem -> {
                throw bad("the " + column + " '" + OneLineText.printable(value) + "' " + problem + "; a field is one"
                        + " line of text without control characters (line breaks, tabs, escapes): remove it from the"
                        + " file");
            });
            return value;
        }

        String colour() {
            String colour = text("colour");
            return colour.isEmpty() ? STYLE_COLOURS.getOrDefault(text("style").toLowerCase(Locale.ROOT), "") : colour;
        }

        String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                throw bad("the " + column + " is blank; every wine needs an id and a name");
            }
            return value;
        }

        OptionalInt vintage() {
            String value = text("vintage");
            if (value.isEmpty() || NON_VINTAGE.contains(value.toLowerCase(Locale.ROOT))) {
                return OptionalInt.empty();
            }
            if (!YEAR.matcher(value).matches() || Integer.parseInt(value) < FIRST_VINTAGE
                    || Integer.parseInt(value) > LAST_VINTAGE) {
                throw bad("vintage '" + value + "' is not a year from " + FIRST_VINTAGE + " to " + LAST_VINTAGE
                        + "; write a year such as 2019, or NV, 0 or nothing for a non-vintage wine");
            }
            return OptionalInt.of(Integer.parseInt(value));
        }

        OptionalInt volumeMl() {
            String value = text("volume_ml");
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            String digits = value;
            if (!value.chars().allMatch(Character::isDigit)) {
                Matcher pack = PACK.matcher(value);
                if (!pack.matches()) {
                    throw bad("volume_ml '" + value + "' is not a whole number of millilitres such as 750");
                }
                digits = pack.group(1);
            }
            int ml = digits.length() > 9 ? 0 : Integer.parseInt(digits);
            if (ml <= 0 || ml > LibraryWine.MAX_VOLUME_ML) {
                throw bad("volume_ml '" + value + "' must be between 1 and " + LibraryWine.MAX_VOLUME_ML
                        + " millilitres");
            }
            return OptionalInt.of(ml);
        }

        Optional<BigDecimal> stock() {
            String value = text("stock");
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                BigDecimal stock = new BigDecimal(value);
                if (stock.signum() < 0) {
                    throw bad("stock '" + value + "' is negative; write 0 or more bottles");
                }
                return Optional.of(stock);
            } catch (NumberFormatException e) {
                throw bad("stock '" + value + "' is not a number; write bottles such as 12 or 0.5");
            }
        }

        List<String> grapes() {
            String value = text("grapes");
            if (value.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(value.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList();
        }

        private LibraryCsvException bad(String problem) {
            return new LibraryCsvException(source, record.line(), problem);
        }
    }
}
