package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cellarsync.trivec.Order;
import io.cellarsync.trivec.Ticket;
import io.cellarsync.trivec.TrivecDate;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code ticket/day.json} body one ticket at a time, so memory holds one ticket however large the day.
 * Property names match ignoring case, unknown properties are kept as extra fields, {@code $type} is dropped.
 */
public final class TicketStreamReader implements Closeable {

    private enum Field {
        KEY("Key"), DATE("Date"), ACTUAL_DATE("ActualDate"), TIME("Time"), CENTER_KEY("CenterKey"),
        CENTER_NAME("CenterName"), CENTER_NR("CenterNr"), TICKET_NR("TicketNr"), RECEIPT_NR("ReceiptNr"),
        PC_NR("PcNr"), PC_NAME("PcName"), TABLE_NR("TableNr"), TABLE_NAME("TableName"), USER_KEY("UserKey"),
        USER_NAME("UserName"), INTERNAL("Internal"), ACCOUNT_KEY("AccountKey"), ACCOUNT_NAME("AccountName"),
        REFUND_FOR("RefundFor"), REFUNDED_BY("RefundedBy"), Z_NUMBER("ZNumber"), TOTAL_PRICE("TotalPrice"),
        TOTAL_TO_PAY("TotalToPay"), ORDERS("Orders");

        private final String wire;

        Field(String wire) {
            this.wire = wire;
        }
    }

    private static final FieldLookup<Field> FIELDS = new FieldLookup<>(Field.values(), f -> f.wire);

    private final JsonParser parser;
    private final ResponseContext context;
    private boolean finished;
    private int index;
    /** The ticket being read, to name its key when one of its values is malformed. */
    private @Nullable Builder reading;

    /**
     * Opens the body and checks that it is an array.
     *
     * @param json the shared JSON support
     * @param context the response being read
     * @throws io.cellarsync.trivec.TrivecException if the body is not a JSON array (typed, with an excerpt)
     */
    public TicketStreamReader(JsonSupport json, ResponseContext context) {
        this.context = context;
        try {
            this.parser = json.parser(context.body());
            ArrayBody.open(parser, context, "tickets");
        } catch (IOException | RuntimeException e) {
            throw context.failure(e);
        }
    }

    /**
     * Reads the next ticket.
     *
     * @return the ticket, or null at the end of the array
     * @throws io.cellarsync.trivec.TrivecException if the body is malformed or truncated, or the connection fails
     */
    public @Nullable Ticket next() {
        if (finished) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                finished = true;
                return null;
            }
            if (token == null) {
                throw context.malformed("the body ended before the array of tickets was closed (truncated?)");
            }
            if (token != JsonToken.START_OBJECT) {
                throw context.malformed("element " + index + " of the array is " + JsonValues.describe(token)
                        + ", expected a ticket object");
            }
            index++;
            return readTicket();
        } catch (MalformedValueException e) {
            Builder ticket = reading;
            String key = ticket == null || ticket.key.isEmpty() ? "" : " (Key " + ticket.key + ")";
            throw context.malformed("ticket " + index + key + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw context.failure(e);
        }
    }

    private Ticket readTicket() throws IOException {
        reading = new Builder();
        Builder ticket = FIELDS.readFields(parser, reading);
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw context.malformed("ticket " + index + " was cut off (truncated body?)");
        }
        return ticket.build(context.site());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** A ticket being read. */
    private static final class Builder extends ObjectBuilder<Field> {
        private String key = "";
        private TrivecDate date = TrivecDate.none();
        private TrivecDate actualDate = TrivecDate.none();
        private LocalTime time = LocalTime.MIDNIGHT;
        private String centerKey = "";
        private String centerName = "";
        private String centerNr = "";
        private long ticketNr;
        private String receiptNr = "";
        private long pcNr;
        private String pcName = "";
        private long tableNr;
        private String tableName = "";
        private String userKey = "";
        private String userName = "";
        private String internal = "";
        private String accountKey = "";
        private String accountName = "";
        private String refundFor = "";
        private String refundedBy = "";
        private long zNumber;
        private BigDecimal totalPrice = BigDecimal.ZERO;
        private BigDecimal totalToPay = BigDecimal.ZERO;
        private List<OrderReader.Builder> orders = List.of();

        @Override
        void set(Field field, String name, JsonParser p) throws IOException {
            switch (field) {
                case KEY -> key = JsonValues.text(p, name);
                case DATE -> date = JsonValues.date(p, name);
                case ACTUAL_DATE -> actualDate = JsonValues.date(p, name);
                case TIME -> time = JsonValues.time(p, name);
                case CENTER_KEY -> centerKey = JsonValues.text(p, name);
                case CENTER_NAME -> centerName = JsonValues.text(p, name);
                case CENTER_NR -> centerNr = JsonValues.text(p, name);
                case TICKET_NR -> ticketNr = JsonValues.integer(p, name);
                case RECEIPT_NR -> receiptNr = JsonValues.text(p, name);
                case PC_NR -> pcNr = JsonValues.integer(p, name);
                case PC_NAME -> pcName = JsonValues.text(p, name);
                case TABLE_NR -> tableNr = JsonValues.integer(p, name);
                case TABLE_NAME -> tableName = JsonValues.text(p, name);
                case USER_KEY -> userKey = JsonValues.text(p, name);
                case USER_NAME -> userName = JsonValues.text(p, name);
                case INTERNAL -> internal = JsonValues.text(p, name);
                case ACCOUNT_KEY -> accountKey = JsonValues.text(p, name);
                case ACCOUNT_NAME -> accountName = JsonValues.text(p, name);
                case REFUND_FOR -> refundFor = JsonValues.text(p, name);
                case REFUNDED_BY -> refundedBy = JsonValues.text(p, name);
                case Z_NUMBER -> zNumber = JsonValues.integer(p, name);
                case TOTAL_PRICE -> totalPrice = JsonValues.decimal(p, name);
                case TOTAL_TO_PAY -> totalToPay = JsonValues.decimal(p, name);
                case ORDERS -> orders = OrderReader.readArray(p, name);
            }
        }

        Ticket build(String site) {
            List<Order> built = new ArrayList<>(orders.size());
            for (OrderReader.Builder order : orders) {
                built.add(order.build(site, key));
            }
            return new Ticket(site, key, date, actualDate, time, centerKey, centerName, centerNr, ticketNr,
                    receiptNr, pcNr, pcName, tableNr, tableName, userKey, userName, internal, accountKey,
                    accountName, refundFor, refundedBy, zNumber, totalPrice, totalToPay, built, Extras.of(extras));
        }
    }
}
