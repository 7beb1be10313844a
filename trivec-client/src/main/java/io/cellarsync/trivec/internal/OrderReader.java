package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cellarsync.trivec.ActionId;
import io.cellarsync.trivec.Order;
import io.cellarsync.trivec.OrderLine;
import io.cellarsync.trivec.Paymode;
import io.cellarsync.trivec.TrivecDate;
import java.io.IOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code Orders} of a ticket into builders; they are built once the ticket's key is known. */
final class OrderReader {

    private enum Field {
        KEY("Key"), TICKET_KEY("TicketKey"), ACTION_ID("ActionId"), DATE("Date"), ACTUAL_DATE("ActualDate"),
        TIME("Time"), TABLE_NR("TableNr"), PC_NR("PcNr"), PC_NAME("PcName"), USER_KEY("UserKey"),
        USER_NAME("UserName"), LINES("Lines"), PAYMODES("Paymodes");

        private final String wire;

        Field(String wire) {
            this.wire = wire;
        }
    }

    private static final FieldLookup<Field> FIELDS = new FieldLookup<>(Field.values(), f -> f.wire);

    private OrderReader() {}

    static List<Builder> readArray(JsonParser parser, String field) throws IOException {
        List<Builder> orders = new ArrayList<>();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return orders;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new MalformedValueException("field '" + field + "' holds " + JsonValues.describe(token)
                    + ", expected an array of orders");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new MalformedValueException("an order is " + JsonValues.describe(parser.currentToken())
                        + ", expected an object");
            }
            orders.add(FIELDS.readFields(parser, new Builder()));
        }
        return orders;
    }

    /** An order being read. */
    static final class Builder extends ObjectBuilder<Field> {
        private String key = "";
        private String ticketKey = "";
        private ActionId actionId = ActionId.ORDER_ENTRY;
        private TrivecDate date = TrivecDate.none();
        private TrivecDate actualDate = TrivecDate.none();
        private LocalTime time = LocalTime.MIDNIGHT;
        private long tableNr;
        private long pcNr;
        private String pcName = "";
        private String userKey = "";
        private String userName = "";
        private List<LineReader.Builder> lines = List.of();
        private List<Paymode> paymodes = List.of();

        @Override
        void set(Field field, String name, JsonParser p) throws IOException {
            switch (field) {
                case KEY -> key = JsonValues.text(p, name);
                case TICKET_KEY -> ticketKey = JsonValues.text(p, name);
                case ACTION_ID -> actionId = ActionId.of(JsonValues.smallInteger(p, name));
                case DATE -> date = JsonValues.date(p, name);
                case ACTUAL_DATE -> actualDate = JsonValues.date(p, name);
                case TIME -> time = JsonValues.time(p, name);
                case TABLE_NR -> tableNr = JsonValues.integer(p, name);
                case PC_NR -> pcNr = JsonValues.integer(p, name);
                case PC_NAME -> pcName = JsonValues.text(p, name);
                case USER_KEY -> userKey = JsonValues.text(p, name);
                case USER_NAME -> userName = JsonValues.text(p, name);
                case LINES -> lines = LineReader.readArray(p, name);
                case PAYMODES -> paymodes = PaymodeReader.readArray(p, name);
            }
        }

        Order build(String site, String parentTicketKey) {
            String ownTicketKey = ticketKey.isEmpty() ? parentTicketKey : ticketKey;
            List<OrderLine> built = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                built.add(lines.get(i).build(site, parentTicketKey, key, i + 1));
            }
            return new Order(key, ownTicketKey, actionId, date, actualDate, time, tableNr, pcNr, pcName, userKey,
                    userName, built, paymodes, Extras.of(extras));
        }
    }
}
