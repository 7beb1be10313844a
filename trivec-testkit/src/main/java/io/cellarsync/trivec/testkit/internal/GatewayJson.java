package io.cellarsync.trivec.testkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes generated tickets the way the gateway does: PascalCase names, a {@code $type} on every object, zeros
 * omitted where the gateway omits them, decimals with .NET scales ({@code 11.00000000}, {@code 20.0000}),
 * {@code 10101} for the date of an open ticket, free add-ons only with {@code IncFreeAddons=true}.
 */
public final class GatewayJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final int NO_DATE = 10101;

    /** The key of the house account the first open ticket is booked on ({@code account/info.json} serves it). */
    public static final String HOUSE_ACCOUNT_KEY = "4400000000000001";

    private final JsonGenerator out;
    private final boolean freeAddons;

    private GatewayJson(JsonGenerator out, boolean freeAddons) {
        this.out = out;
        this.freeAddons = freeAddons;
    }

    /**
     * A writer of a ticket array.
     *
     * @param stream where the JSON goes
     * @param freeAddons whether zero-priced add-ons are written
     * @return the writer, with the array opened
     * @throws IOException if writing fails
     */
    public static GatewayJson open(OutputStream stream, boolean freeAddons) throws IOException {
        GatewayJson json = new GatewayJson(FACTORY.createGenerator(stream), freeAddons);
        json.out.writeStartArray();
        return json;
    }

    /**
     * Closes the array and flushes.
     *
     * @throws IOException if writing fails
     */
    public void close() throws IOException {
        out.writeEndArray();
        out.close();
    }

    /**
     * Writes one ticket.
     *
     * @param ticket the ticket
     * @throws IOException if writing fails
     */
    public void write(SimTicket ticket) throws IOException {
        out.writeStartObject();
        out.writeStringField("$type", "ETC.Sales.Export.Data.Ticket, ETC.Sales");
        if (ticket.isOpen() && ticket.tableNr() == 0) {
            // The house account tab: open for days, as at real sites (notes §6.7).
            out.writeStringField("AccountKey", HOUSE_ACCOUNT_KEY);
            out.writeStringField("AccountName", "Compte maison");
            out.writeStringField("AccountNr", "");
        }
        out.writeNumberField("ActualDate", ticket.isOpen() ? NO_DATE : yyyymmdd(ticket.actualDate()));
        if (!ticket.isOpen()) {
            out.writeNumberField("Date", yyyymmdd(ticket.date()));
        }
        out.writeStringField("CenterKey", ticket.centre().key());
        out.writeNumberField("CenterLeftNr", ticket.centre().leftNr());
        out.writeStringField("CenterName", ticket.centre().name());
        out.writeStringField("CenterNr", "");
        out.writeNumberField("CenterRightNr", ticket.centre().rightNr());
        out.writeStringField("DeliveryDT", "0001-01-01T00:00:00Z");
        out.writeNumberField("DeliveryType", ticket.isOpen() ? 0 : 1);
        if (ticket.isInternal()) {
            out.writeStringField("Internal", ticket.internal());
        }
        out.writeStringField("Key", ticket.key());
        licenseInfo();
        out.writeArrayFieldStart("Orders");
        for (SimOrder order : ticket.orders()) {
            order(order, ticket.key());
        }
        out.writeEndArray();
        ticketTail(ticket);
        out.writeEndObject();
    }

    private void ticketTail(SimTicket ticket) throws IOException {
        long pcNr = 1 + (ticket.centre().leftNr() / 2) % 3;
        out.writeStringField("PcName", "CAISSE-" + pcNr);
        out.writeNumberField("PcNr", pcNr);
        out.writeStringField("PcRegistrationNr", "");
        out.writeStringField("PrepStatus", "Processing");
        out.writeStringField("PrintType", "None");
        out.writeStringField("ReceiptNr", pcNr + "-" + ticket.ticketNr());
        out.writeStringField("RefundFor", ticket.refundFor());
        out.writeStringField("RefundedBy", ticket.refundedBy());
        out.writeStringField("TableName", ticket.tableNr() == 0 ? "" : "T" + ticket.tableNr());
        omitZero("TableNr", ticket.tableNr());
        omitZero("TicketNr", ticket.ticketNr());
        out.writeStringField("Time", ticket.time().format(TIME));
        BigDecimal total = ticket.totalInc(freeAddons);
        out.writeFieldName("TotalPrice");
        out.writeNumber(total.setScale(Math.max(2, total.scale()), java.math.RoundingMode.UNNECESSARY));
        out.writeFieldName("TotalToPay");
        out.writeNumber(total.subtract(ticket.paid()));
        out.writeStringField("UserId", "");
        out.writeStringField("UserKey", ticket.userKey());
        out.writeStringField("UserName", ticket.userName());
        if (!ticket.isOpen()) {
            out.writeNumberField("ZNumber", 600 + ticket.date().getDayOfYear());
        }
    }

    private void licenseInfo() throws IOException {
        out.writeObjectFieldStart("LicenseInfo");
        out.writeStringField("$type", "Trivec.Definitions.Models.Ticket.Domino.LicenseInfo, Trivec.Definitions");
        out.writeStringField("Address", "12 quai des Chartrons");
        out.writeStringField("City", "Bordeaux");
        out.writeStringField("CompanyName", "Le Comptoir Simule");
        out.writeStringField("Country", "France");
        out.writeStringField("Vat", "1");
        out.writeStringField("ZipCode", "33000");
        out.writeEndObject();
    }

    private void order(SimOrder order, String ticketKey) throws IOException {
        out.writeStartObject();
        out.writeStringField("$type", "ETC.Sales.Export.Data.Order, ETC.Sales");
        omitZero("ActionId", order.actionId());
        out.writeNumberField("ActualDate", yyyymmdd(order.actualDate()));
        out.writeNumberField("Date", yyyymmdd(order.date()));
        out.writeStringField("Key", order.key());
        out.writeArrayFieldStart("Lines");
        for (SimLine line : order.lines()) {
            line(line);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("Paymodes");
        for (BigDecimal payment : order.payments()) {
            payment(payment);
        }
        out.writeEndArray();
        out.writeStringField("PcName", "CAISSE-1");
        out.writeNumberField("PcNr", 1);
        out.writeStringField("TicketKey", ticketKey);
        out.writeStringField("Time", order.time().withNano(0).format(TIME));
        out.writeStringField("UserId", "");
        out.writeStringField("UserKey", order.userKey());
        out.writeStringField("UserName", order.userName());
        out.writeEndObject();
    }

    private void line(SimLine line) throws IOException {
        SimProduct product = line.product();
        out.writeStartObject();
        out.writeStringField("$type", "ETC.Sales.Export.Data.OrderLine, ETC.Sales");
        out.writeArrayFieldStart("Addons");
        for (SimLine addon : line.addons()) {
            if (freeAddons || !addon.isFree()) {
                line(addon);
            }
        }
        out.writeEndArray();
        out.writeStringField("CourseName", "");
        out.writeStringField("GroupKey", product.groupKey());
        out.writeStringField("GroupName", product.groupName());
        omitZero("GroupNr", product.groupNr());
        // Positional like the real line keys (repeating across orders, notes §6.14), and 16 digits like them.
        out.writeStringField("Key", "33860000000000" + (10 + Math.floorMod(product.number(), 90)));
        out.writeStringField("Memo", "");
        out.writeStringField("MenuId", line.menuId());
        omitZero("Price", line.price().setScale(8));
        out.writeStringField("ProductKey", product.key());
        out.writeStringField("ProductName", product.name());
        out.writeNumberField("ProductNr", product.number());
        out.writeStringField("ProductType", product.menu() ? "MenuProduct" : "SalesProduct");
        out.writeStringField("ProductTypeTranslated", product.menu() ? "MenuProduct" : "Product");
        out.writeFieldName("Qty");
        out.writeNumber(line.qty().setScale(1));
        omitZero("TotalDisc", line.totalDisc());
        omitZero("TotalEx", line.totalEx());
        omitZero("TotalInc", line.totalInc());
        out.writeNumberField("Units", line.qty().signum() < 0 ? -1 : 1);
        out.writeNumberField("VatNr", product.vatNr());
        out.writeFieldName("VatPerc");
        out.writeNumber(product.vatRate().setScale(4));
        out.writeEndObject();
    }

    private void payment(BigDecimal amount) throws IOException {
        boolean cash = amount.signum() < 0;
        out.writeStartObject();
        out.writeStringField("$type", "ETC.Sales.Export.Data.Paymode, ETC.Sales");
        out.writeStringField("GroupKey", cash ? "3312000000000002" : "3312000000000001");
        out.writeStringField("GroupName", cash ? "Especes" : "Carte");
        out.writeStringField("Key", "3320000000000001");
        out.writeStringField("Memo", "");
        out.writeStringField("PaymodeKey", cash ? "3311000000000002" : "3311000000000001");
        out.writeStringField("PaymodeName", cash ? "Especes" : "Carte");
        out.writeNumberField("PaymodeNr", cash ? 1 : 11);
        out.writeStringField("PaymodeType", "Normal");
        out.writeFieldName("Price");
        out.writeNumber(amount);
        out.writeNumberField("Qty", 1);
        out.writeStringField("TerminalId", "");
        out.writeFieldName("Total");
        out.writeNumber(amount);
        out.writeNumberField("TransactionCost", 0);
        out.writeStringField("TransactionId", "");
        out.writeEndObject();
    }

    private void omitZero(String name, long value) throws IOException {
        if (value != 0) {
            out.writeNumberField(name, value);
        }
    }

    private void omitZero(String name, BigDecimal value) throws IOException {
        if (value.signum() != 0) {
            out.writeFieldName(name);
            out.writeNumber(value);
        }
    }

    private static int yyyymmdd(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    static String time(LocalTime time) {
        return time.format(TIME);
    }
}
