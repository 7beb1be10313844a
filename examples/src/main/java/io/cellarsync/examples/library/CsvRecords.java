package io.cellarsync.examples.library;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal RFC 4180 reader: comma-separated fields, fields quoted with {@code "} may hold commas, newlines and
 * doubled quotes. A byte order mark starting the text (Excel's "CSV UTF-8" writes one) is not part of the first
 * field, so a quoted first header field is read as quoted. Each record remembers the line it started on, so that
 * errors can name it.
 */
public final class CsvRecords {

    /**
     * One record of the file and the 1-based line number where it starts.
     *
     * @param line the line the record starts on
     * @param fields the record's fields, unquoted
     */
    public record CsvRecord(int line, List<String> fields) {}

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;
    /** Whether a character was read yet: the first one may be a byte order mark, which is skipped. */
    private boolean started;
    /** Whether the record {@link #next} returned last was an empty line. */
    private boolean lastLineWasEmpty;
    /** Whether the last character of a quoted field read was a CR, whose LF is then the same line break. */
    private boolean afterCrInField;

    /**
     * Reads from a character stream.
     *
     * @param in the CSV text
     */
    public CsvRecords(Reader in) {
        this.in = in;
    }

    /**
     * A header field as a column name: spaces removed, lower case ({@code " Label"} is {@code label}).
     *
     * @param field a field of the header record
     * @return the column name
     */
    public static String columnName(String field) {
        return field.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads every record; empty lines (no character at all) are skipped, a line of spaces or {@code ""} is a record.
     *
     * @param source the name used in error messages
     * @return the records in order, the header first
     * @throws IOException when the stream fails
     * @throws LibraryCsvException when a quoted field is never closed
     */
    public List<CsvRecord> readAll(String source) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        CsvRecord record;
        while ((record = next(source)) != null) {
            if (!lastLineWasEmpty) {
                records.add(record);
            }
        }
        return records;
    }

    private CsvRecord next(String source) throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        int startLine = line;
        lastLineWasEmpty = c == '\n' || c == '\r';
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (c == -1) {
                if (quoted) {
                    throw new LibraryCsvException(source, startLine, "a quoted field is never closed");
                }
                fields.add(field.toString());
                return new CsvRecord(startLine, fields);
            }
            if (quoted) {
                if (c == '"') {
                    afterCrInField = false;
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        if (after != ',' && after != '\n' && after != '\r' && after != -1) {
                            throw new LibraryCsvException(source, line, "a quoted field goes on after its closing quote"
                                    + " (found '" + (char) after + "'); write a quote inside a quoted field as \"\"");
                        }
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    countLine(c);
                    field.append((char) c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        pushedBack = after;
                    }
                }
                line++;
                fields.add(field.toString());
                return new CsvRecord(startLine, fields);
            } else {
                field.append((char) c);
            }
            fieldStart = false;
            c = read();
        }
    }

    /**
     * Counts a line break inside a quoted field as the record's end counts one: CR LF once, and LF or CR alone (a file
     * of CR-only lines) once each.
     */
    private void countLine(int c) {
        if (c == '\r' || c == '\n' && !afterCrInField) {
            line++;
        }
        afterCrInField = c == '\r';
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c = in.read();
        if (!started) {
            started = true;
            // A byte order mark, or several (a file saved again by a tool that adds one), is not text.
            while (c == '\uFEFF') {
                c = in.read();
            }
        }
        return c;
    }
}
