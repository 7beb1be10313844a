package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import io.cellarsync.trivec.TrivecDate;

/**
 * Tolerant readers for the scalar values of the gateway, positioned on the value token. Absent numbers are zero
 * (the gateway omits zeros), JSON {@code null} reads as absent, numbers may come as strings.
 */
final class JsonValues {

    private static final int NO_DATE = 10101;

    private JsonValues() {}

    static String text(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return "";
        }
        if (token.isScalarValue()) {
            return parser.getText();
        }
        throw new MalformedValueException("field '" + field + "' holds " + describe(token) + ", expected text");
    }

    static BigDecimal decimal(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return BigDecimal.ZERO;
        }
        if (token == JsonToken.VALUE_STRING) {
            return decimal(parser.getText(), field);
        }
        throw new MalformedValueException("field '" + field + "' holds " + describe(token) + ", expected a number");
    }

    static BigDecimal decimal(String text, String field) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new MalformedValueException("field '" + field + "' holds '" + excerpt(text)
                    + "', expected a number such as 12.50");
        }
    }

    static long integer(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        BigDecimal value = decimal(parser, field);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedValueException("field '" + field + "' holds " + value + ", expected a whole number");
        }
    }

    /** A whole number held in an {@code int} field ({@code ActionId}, {@code Units}, {@code VatNr}). */
    static int smallInteger(JsonParser parser, String field) throws IOException {
        return smallInteger(integer(parser, field), field);
    }

    static int smallInteger(long value, String field) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new MalformedValueException("field '" + field + "' holds " + value + ", out of its range: expected"
                    + " a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    static TrivecDate date(JsonParser parser, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return dateOf(parser.getLongValue(), field, parser.getText());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return date(parser.getText(), field);
        }
        if (token == JsonToken.VALUE_NULL) {
            return TrivecDate.none();
        }
        if (token == JsonToken.VALUE_STRING) {
            return date(parser.getText(), field);
        }
        throw new MalformedValueException("field '" + field + "' holds " + describe(token) + ", expected a date");
    }

    static TrivecDate date(String text, String field) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return TrivecDate.none();
        }
        if (trimmed.length() >= 10 && trimmed.charAt(4) == '-') {
            try {
                LocalDate date = LocalDate.parse(trimmed.substring(0, 10));
                return date.getYear() <= 1 ? TrivecDate.none() : TrivecDate.of(date);
            } catch (DateTimeParseException e) {
                throw badDate(field, text);
            }
        }
        try {
            BigDecimal number = new BigDecimal(trimmed);
            return dateOf(number.longValueExact(), field, text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw badDate(field, text);
        }
    }

    private static TrivecDate dateOf(long yyyymmdd, String field, String text) {
        // 10101 is .NET's minimum date (year 1, January 1) written as yyyyMMdd: the gateway's "no date".
        if (yyyymmdd == NO_DATE || yyyymmdd == 0) {
            return TrivecDate.none();
        }
        try {
            return TrivecDate.of(LocalDate.of(
                    Math.toIntExact(yyyymmdd / 10000), (int) (yyyymmdd / 100 % 100), (int) (yyyymmdd % 100)));
        } catch (DateTimeException | ArithmeticException e) {
            throw badDate(field, text);
        }
    }

    private static MalformedValueException badDate(String field, String text) {
        return new MalformedValueException("field '" + field + "' holds '" + excerpt(text)
                + "', expected a date as yyyyMMdd (such as 20250301, 10101 for no date) or yyyy-MM-dd");
    }

    static LocalTime time(JsonParser parser, String field) throws IOException {
        String text = text(parser, field).strip();
        if (text.isEmpty()) {
            return LocalTime.MIDNIGHT;
        }
        if (text.length() == 8 && text.charAt(2) == ':' && text.charAt(5) == ':') {
            int hour = twoDigits(text, 0);
            int minute = twoDigits(text, 3);
            int second = twoDigits(text, 6);
            if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60) {
                return LocalTime.of(hour, minute, second);
            }
        }
        int t = text.indexOf('T');
        String clock = t >= 0 ? text.substring(t + 1) : text;
        if (clock.length() > 8) {
            clock = clock.substring(0, 8);
        }
        try {
            return LocalTime.parse(clock);
        } catch (DateTimeParseException e) {
            throw new MalformedValueException("field '" + field + "' holds '" + excerpt(text)
                    + "', expected a time as HH:mm:ss such as 21:14:07");
        }
    }

    /** The two digits at {@code at}, or -1: the fast path of the ubiquitous {@code HH:mm:ss}. */
    private static int twoDigits(String text, int at) {
        char tens = text.charAt(at);
        char units = text.charAt(at + 1);
        if (tens < '0' || tens > '9' || units < '0' || units > '9') {
            return -1;
        }
        return (tens - '0') * 10 + (units - '0');
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    private static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
