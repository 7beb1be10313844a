package io.cellarsync.sync;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The POS reset report: the wines that have a product number, in a form the POS vendor imports to create products
 * (R15, semantic 16).
 *
 * @param rows the rows, by product number
 */
public record ResetReport(List<ResetReportRow> rows) {

    /** Length of the {@code ShortName} column, in UTF-16 units; a character is never cut in two to fit it. */
    public static final int SHORT_NAME_LENGTH = 20;

    /** The header line of the CSV. */
    public static final String HEADER = "ProductNr;Name;ShortName;GroupName;Price;VatRate";

    /** Copies the rows. */
    public ResetReport {
        rows = List.copyOf(rows);
    }

    /**
     * The report as semicolon-separated CSV text, to be written as UTF-8: the {@link #HEADER}, then one row per wine,
     * lines ending with CRLF. A field holding a semicolon, a quote or a line break is quoted, quotes doubled. Unknown
     * prices and VAT rates are empty fields.
     *
     * @return the CSV text
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ResetReportRow row : rows) {
            csv.append(row.productNumber()).append(';')
                    .append(field(row.name())).append(';')
                    .append(field(row.shortName())).append(';')
                    .append(field(row.groupName())).append(';')
                    .append(amount(row.price())).append(';')
                    .append(amount(row.vatRate())).append("\r\n");
        }
        return csv.toString();
    }

    private static String amount(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }

    private static String field(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
