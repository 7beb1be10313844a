package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.cellarsync.trivec.Paymode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the payment lines ({@code Paymodes}) of an order. */
final class PaymodeReader {

    private enum Field {
        KEY("Key"), PAYMODE_KEY("PaymodeKey"), PAYMODE_NAME("PaymodeName"), PAYMODE_NR("PaymodeNr"),
        PAYMODE_TYPE("PaymodeType"), GROUP_KEY("GroupKey"), GROUP_NAME("GroupName"), PRICE("Price"), QTY("Qty"),
        TOTAL("Total"), TIP("Tip"), TRANSACTION_COST("TransactionCost");

        private final String wire;

        Field(String wire) {
            this.wire = wire;
        }
    }

    private static final FieldLookup<Field> FIELDS = new FieldLookup<>(Field.values(), f -> f.wire);

    private PaymodeReader() {}

    static List<Paymode> readArray(JsonParser parser, String field) throws IOException {
        List<Paymode> paymodes = new ArrayList<>();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return paymodes;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new MalformedValueException("field '" + field + "' holds " + JsonValues.describe(token)
                    + ", expected an array of payments");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new MalformedValueException("a payment is " + JsonValues.describe(parser.currentToken())
                        + ", expected an object");
            }
            paymodes.add(read(parser));
        }
        return paymodes;
    }

    private static Paymode read(JsonParser p) throws IOException {
        String key = "";
        String paymodeKey = "";
        String paymodeName = "";
        long paymodeNr = 0;
        String paymodeType = "";
        String groupKey = "";
        String groupName = "";
        BigDecimal price = BigDecimal.ZERO;
        BigDecimal qty = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal tip = BigDecimal.ZERO;
        BigDecimal transactionCost = BigDecimal.ZERO;
        @Nullable Map<String, JsonNode> extras = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            Field field = FIELDS.find(name);
            if (field == null) {
                extras = Extras.keep(extras, name, p);
                continue;
            }
            switch (field) {
                case KEY -> key = JsonValues.text(p, name);
                case PAYMODE_KEY -> paymodeKey = JsonValues.text(p, name);
                case PAYMODE_NAME -> paymodeName = JsonValues.text(p, name);
                case PAYMODE_NR -> paymodeNr = JsonValues.integer(p, name);
                case PAYMODE_TYPE -> paymodeType = JsonValues.text(p, name);
                case GROUP_KEY -> groupKey = JsonValues.text(p, name);
                case GROUP_NAME -> groupName = JsonValues.text(p, name);
                case PRICE -> price = JsonValues.decimal(p, name);
                case QTY -> qty = JsonValues.decimal(p, name);
                case TOTAL -> total = JsonValues.decimal(p, name);
                case TIP -> tip = JsonValues.decimal(p, name);
                case TRANSACTION_COST -> transactionCost = JsonValues.decimal(p, name);
            }
        }
        return new Paymode(key, paymodeKey, paymodeName, paymodeNr, paymodeType, groupKey, groupName, price, qty,
                total, tip, transactionCost, Extras.of(extras));
    }
}
