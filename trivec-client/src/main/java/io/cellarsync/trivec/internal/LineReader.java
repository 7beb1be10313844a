package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cellarsync.trivec.LineId;
import io.cellarsync.trivec.OrderLine;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads an {@code OrderLine} (or an add-on) into a builder; the line's identity is set once the ticket is known. */
final class LineReader {

    private enum Field {
        KEY("Key"), PRODUCT_KEY("ProductKey"), PRODUCT_NAME("ProductName"), PRODUCT_NR("ProductNr"),
        PRODUCT_TYPE("ProductType"), GROUP_KEY("GroupKey"), GROUP_NAME("GroupName"), GROUP_NR("GroupNr"),
        COURSE_NAME("CourseName"), COURSE_NR("CourseNr"), MENU_ID("MenuId"), MEMO("Memo"), PROMO_NAME("PromoName"),
        QTY("Qty"), UNITS("Units"), PRICE("Price"), TOTAL_DISC("TotalDisc"), TOTAL_INC("TotalInc"),
        TOTAL_EX("TotalEx"), VAT_NR("VatNr"), VAT_PERC("VatPerc"), ADDONS("Addons");

        private final String wire;

        Field(String wire) {
            this.wire = wire;
        }
    }

    private static final FieldLookup<Field> FIELDS = new FieldLookup<>(Field.values(), f -> f.wire);

    private LineReader() {}

    static List<Builder> readArray(JsonParser parser, String field) throws IOException {
        List<Builder> lines = new ArrayList<>();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return lines;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new MalformedValueException("field '" + field + "' holds " + JsonValues.describe(token)
                    + ", expected an array of lines");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            lines.add(read(parser));
        }
        return lines;
    }

    private static Builder read(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new MalformedValueException("a line is " + JsonValues.describe(parser.currentToken())
                    + ", expected an object");
        }
        return FIELDS.readFields(parser, new Builder());
    }

    /** The add-on numbers of one main line left to the add-ons of its add-ons, handed out in the order built. */
    private static final class NestedNumbers {
        private int next;

        NestedNumbers(int first) {
            next = first;
        }

        int next() {
            return next++;
        }
    }

    /** A line being read. */
    static final class Builder extends ObjectBuilder<Field> {
        private String key = "";
        private String productKey = "";
        private String productName = "";
        private long productNr;
        private String productType = "";
        private String groupKey = "";
        private String groupName = "";
        private long groupNr;
        private String courseName = "";
        private long courseNr;
        private String menuId = "";
        private String memo = "";
        private String promoName = "";
        private BigDecimal qty = BigDecimal.ZERO;
        private int units;
        private BigDecimal price = BigDecimal.ZERO;
        private BigDecimal totalDisc = BigDecimal.ZERO;
        private BigDecimal totalInc = BigDecimal.ZERO;
        private BigDecimal totalEx = BigDecimal.ZERO;
        private int vatNr;
        private BigDecimal vatPerc = BigDecimal.ZERO;
        private List<Builder> addons = List.of();

        @Override
        void set(Field field, String name, JsonParser p) throws IOException {
            switch (field) {
                case KEY -> key = JsonValues.text(p, name);
                case PRODUCT_KEY -> productKey = JsonValues.text(p, name);
                case PRODUCT_NAME -> productName = JsonValues.text(p, name);
                case PRODUCT_NR -> productNr = JsonValues.integer(p, name);
                case PRODUCT_TYPE -> productType = JsonValues.text(p, name);
                case GROUP_KEY -> groupKey = JsonValues.text(p, name);
                case GROUP_NAME -> groupName = JsonValues.text(p, name);
                case GROUP_NR -> groupNr = JsonValues.integer(p, name);
                case COURSE_NAME -> courseName = JsonValues.text(p, name);
                case COURSE_NR -> courseNr = JsonValues.integer(p, name);
                case MENU_ID -> menuId = JsonValues.text(p, name);
                case MEMO -> memo = JsonValues.text(p, name);
                case PROMO_NAME -> promoName = JsonValues.text(p, name);
                case QTY -> qty = JsonValues.decimal(p, name);
                case UNITS -> units = JsonValues.smallInteger(p, name);
                case PRICE -> price = JsonValues.decimal(p, name);
                case TOTAL_DISC -> totalDisc = JsonValues.decimal(p, name);
                case TOTAL_INC -> totalInc = JsonValues.decimal(p, name);
                case TOTAL_EX -> totalEx = JsonValues.decimal(p, name);
                case VAT_NR -> vatNr = JsonValues.smallInteger(p, name);
                case VAT_PERC -> vatPerc = JsonValues.decimal(p, name);
                case ADDONS -> addons = readArray(p, name);
            }
        }

        /**
         * Builds a main line and its add-ons at any depth. The main line's own add-ons keep their 1-based position in
         * its {@code Addons}; add-ons of add-ons (never seen, allowed by the model) are numbered after them, from the
         * main line's add-on count + 1, depth-first in the order sent, so that every add-on of the line has its own
         * number and keeps it in every fetch of the same ticket.
         */
        OrderLine build(String site, String ticketKey, String orderKey, int position) {
            NestedNumbers nested = new NestedNumbers(addons.size() + 1);
            List<OrderLine> builtAddons = new ArrayList<>(addons.size());
            for (int i = 0; i < addons.size(); i++) {
                builtAddons.add(addons.get(i).build(site, ticketKey, orderKey, position, i + 1, nested));
            }
            return build(new LineId(site, ticketKey, orderKey, position, 0), builtAddons);
        }

        /** Builds an add-on numbered {@code addonPosition}, then its own add-ons with the next nested numbers. */
        private OrderLine build(String site, String ticketKey, String orderKey, int position, int addonPosition,
                NestedNumbers nested) {
            List<OrderLine> builtAddons = new ArrayList<>(addons.size());
            for (Builder addon : addons) {
                builtAddons.add(addon.build(site, ticketKey, orderKey, position, nested.next(), nested));
            }
            return build(new LineId(site, ticketKey, orderKey, position, addonPosition), builtAddons);
        }

        private OrderLine build(LineId id, List<OrderLine> builtAddons) {
            return new OrderLine(id, key, productKey, productName, productNr, productType, groupKey, groupName,
                    groupNr, courseName, courseNr, menuId, memo, promoName, qty, units, price, totalDisc, totalInc,
                    totalEx, vatNr, vatPerc, builtAddons, Extras.of(extras));
        }
    }
}
