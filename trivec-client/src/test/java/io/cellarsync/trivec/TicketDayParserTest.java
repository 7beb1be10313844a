package io.cellarsync.trivec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser against a fixture that reproduces every quirk of the gateway notes (§5, §6, §7). */
class TicketDayParserTest {

    private static List<Ticket> fixture() {
        InputStream in = TicketDayParserTest.class.getResourceAsStream("/fixtures/day-quirks.json");
        return TicketDayParser.parseAll(in, "SITEA");
    }

    private static List<Ticket> parse(String json) {
        return TicketDayParser.parseAll(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "S");
    }

    @Test
    void twentyEightDigitTotalEx_survivesToTheLastDigit() {
        OrderLine glass = fixture().get(0).orders().get(1).lines().get(0);

        assertThat(glass.totalEx()).isEqualTo(new BigDecimal("9.000000000000000000000000001"));
        assertThat(glass.qty()).isEqualTo(new BigDecimal("2.0"));
        assertThat(glass.vatPerc()).isEqualTo(new BigDecimal("20.0000"));
    }

    @Test
    void decimalsKeepTheScaleTheGatewaySent() {
        Ticket ticket = fixture().get(0);

        assertThat(ticket.totalPrice()).isEqualTo(new BigDecimal("30.50000000"));
        assertThat(ticket.orders().get(1).lines().get(1).price()).isEqualTo(new BigDecimal("11.00000000"));
    }

    @Test
    void absentNumbers_areZero() {
        OrderLine water = fixture().get(0).orders().get(1).lines().get(3);

        assertThat(water.price()).isZero();
        assertThat(water.totalInc()).isZero();
        assertThat(water.totalEx()).isZero();
        assertThat(water.totalDisc()).isZero();
        assertThat(water.courseNr()).isZero();
        assertThat(fixture().get(0).orders().get(1).actionId()).isEqualTo(ActionId.ORDER_ENTRY);
    }

    @Test
    void actualDate10101_isNoDate_andMakesTheTicketOpen() {
        Ticket open = fixture().get(1);

        assertThat(open.isOpen()).isTrue();
        assertThat(open.actualDate().isNone()).isTrue();
        assertThat(open.businessDate()).isEmpty();
        assertThat(open.calendarDate()).isEmpty();
        assertThat(fixture().get(0).isOpen()).isFalse();
    }

    @Test
    void businessDateAndCalendarDate_differAfterMidnight() {
        Ticket billedAfterMidnight = fixture().get(0);

        assertThat(billedAfterMidnight.businessDate()).contains(LocalDate.of(2025, 3, 1));
        assertThat(billedAfterMidnight.calendarDate()).contains(LocalDate.of(2025, 3, 2));
        assertThat(billedAfterMidnight.time()).isEqualTo(LocalTime.of(0, 14, 7));
    }

    @Test
    void datesAsStringsFloatsAndIsoText_areRead() {
        Order order = fixture().get(1).orders().get(0);

        assertThat(order.date().toLocalDate()).contains(LocalDate.of(2025, 3, 1));
        assertThat(order.actualDate().toLocalDate()).contains(LocalDate.of(2025, 3, 1));
        assertThat(fixture().get(2).businessDate()).contains(LocalDate.of(2025, 3, 1));
    }

    @Test
    void camelCasePropertyNames_matchIgnoringCase() {
        Ticket open = fixture().get(1);

        assertThat(open.key()).isEqualTo("3316000000000002");
        assertThat(open.centerName()).isEqualTo("Bar");
        assertThat(open.lineCount()).isEqualTo(1);
        assertThat(open.lines().get(0).productNr()).isEqualTo(301020);
    }

    @Test
    void unknownFields_areKept_andTypeMarkersDropped() {
        Ticket billed = fixture().get(0);
        Ticket open = fixture().get(1);

        assertThat(billed.extraFields()).containsKeys("LicenseInfo", "DeliveryDT", "PrintType")
                .doesNotContainKey("$type");
        assertThat(billed.extraFields().get("LicenseInfo").get("City").asText()).isEqualTo("Bordeaux");
        assertThat(open.extraFields().get("SomeFutureField").get("Nested").get(1).decimalValue())
                .isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void addonsAreLinesUnderTheirParent_andCountInTheTotals() {
        Ticket ticket = fixture().get(0);
        OrderLine croque = ticket.orders().get(1).lines().get(1);

        assertThat(croque.addons()).hasSize(1);
        assertThat(croque.addons().get(0).isAddon()).isTrue();
        assertThat(croque.addons().get(0).id()).isEqualTo(new LineId("SITEA", "3316000000000001",
                "3317000000000001", 2, 1));
        assertThat(croque.totalIncWithAddons()).isEqualByComparingTo("13.00");
        assertThat(ticket.addonCount()).isEqualTo(1);
    }

    /**
     * Notes §5.6: an add-on is an {@code OrderLine}, so it has {@code Addons} too, never filled in the evidence.
     * Found in review: an add-on's add-ons took their parent's id, so two lines of the ticket had one id, and the
     * ticket's totals and add-on count left them out.
     */
    @Test
    void addonsOfAddons_eachGetTheirOwnIdAfterTheLinesOwnAddons_andCountInTheTotals() {
        Ticket ticket = parse("""
                [{"Key":"T1","TotalPrice":16.75,"Orders":[{"Key":"O1","Lines":[
                  {"ProductKey":"L","TotalInc":10,"Addons":[
                    {"ProductKey":"A","TotalInc":2,"Addons":[
                      {"ProductKey":"A1","TotalInc":1,"Addons":[{"ProductKey":"A1a","TotalInc":0.5,"TotalEx":0.4}]}]},
                    {"ProductKey":"B","TotalInc":3,"Addons":[{"ProductKey":"B1","TotalInc":0.25}]}]},
                  {"ProductKey":"M","Addons":[{"ProductKey":"C"}]}]}]}]
                """).get(0);
        OrderLine line = ticket.lines().get(0);
        OrderLine a = line.addons().get(0);
        OrderLine b = line.addons().get(1);

        assertThat(List.of(a, b, a.addons().get(0), a.addons().get(0).addons().get(0), b.addons().get(0)))
                .extracting(OrderLine::productKey, addon -> addon.id().toString())
                .containsExactly(tuple("A", "S/T1/O1/1.1"), tuple("B", "S/T1/O1/1.2"), tuple("A1", "S/T1/O1/1.3"),
                        tuple("A1a", "S/T1/O1/1.4"), tuple("B1", "S/T1/O1/1.5"));
        assertThat(a.addons().get(0).isAddon()).isTrue();
        assertThat(ticket.lines().get(1).addons().get(0).id()).isEqualTo(new LineId("S", "T1", "O1", 2, 1));
        assertThat(ticket.addonCount()).isEqualTo(6);
        assertThat(line.totalIncWithAddons()).isEqualByComparingTo("16.75");
        assertThat(ticket.grossTotal()).isEqualByComparingTo(ticket.totalPrice());
        assertThat(ticket.netTotal()).isEqualByComparingTo("0.4");
    }

    @Test
    void grossAndNetTotals_sumLinesAndAddonsIncludingNegatives_andMatchTotalPrice() {
        Ticket ticket = fixture().get(0);

        assertThat(ticket.grossTotal()).isEqualByComparingTo(ticket.totalPrice());
        assertThat(ticket.netTotal()).isEqualTo(new BigDecimal("9.000000000000000000000000001")
                .add(new BigDecimal("10.000000000000000000000000000"))
                .add(new BigDecimal("1.818181818181818181818181818"))
                .add(new BigDecimal("-5.000000000000000000000000000"))
                .add(new BigDecimal("11.545454545454545454545454545")));
        assertThat(ticket.paidTotal()).isEqualByComparingTo("30.50");
    }

    @Test
    void lineIdentity_isSiteTicketOrderAndPosition_becauseLineKeysRepeat() {
        Ticket ticket = fixture().get(0);
        List<OrderLine> lines = ticket.lines();

        assertThat(lines).extracting(line -> line.id().position()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(lines.get(2).id().toString()).isEqualTo("SITEA/3316000000000001/3317000000000001/3");
        assertThat(lines.get(2).id().isAddon()).isFalse();
    }

    @Test
    void menuHeader_hasAPriceButNoTotals() {
        OrderLine header = fixture().get(0).orders().get(1).lines().get(4);

        assertThat(header.isMenuHeader()).isTrue();
        assertThat(header.price()).isEqualByComparingTo("19");
        assertThat(header.totalInc()).isZero();
        assertThat(header.menuId()).contains("§");
    }

    @Test
    void internalAndRefundTickets_areRecognised() {
        assertThat(fixture().get(2).isInternal()).isTrue();
        assertThat(fixture().get(0).isInternal()).isFalse();
        assertThat(fixture().get(3).refundForKey()).contains("3316000000000000");
        assertThat(fixture().get(3).isRefund()).isTrue();
        assertThat(fixture().get(0).refundForKey()).isEmpty();
    }

    @Test
    void actionIds_areAnOpenEnum() {
        assertThat(fixture().get(0).orders().get(0).actionId()).isEqualTo(ActionId.BILLING);
        ActionId unknown = fixture().get(1).orders().get(0).actionId();
        assertThat(unknown.code()).isEqualTo(25);
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.meaning()).isEmpty();
    }

    @Test
    void ordersStayInTheOrderSent_notTimeOrder() {
        assertThat(fixture().get(0).orders()).extracting(Order::key)
                .containsExactly("3317000000000002", "3317000000000001");
    }

    /**
     * Notes §6.14: keys are numeric strings of 13 to 16 digits, kept as text. The parser reads a key of any length,
     * even one sent as a JSON number too long for a {@code long}, to the last digit: the simulator's line keys had 17
     * digits, and a gateway may change its key length.
     */
    @Test
    void keysOfAnyLength_areKeptAsSent_evenAsNumbers() {
        Ticket ticket = parse("[{\"Key\":\"7700000000001\",\"Orders\":[{\"Key\":33170000000000000000001,"
                + "\"Lines\":[{\"Key\":\"33860000000000066\",\"ProductKey\":\"3\",\"Addons\":[{\"Key\":"
                + "\"338600000000000000001\"}]}],\"Paymodes\":[{\"Key\":\"33200000000000001\","
                + "\"PaymodeKey\":1}]}]}]").get(0);
        Order order = ticket.orders().get(0);
        OrderLine line = order.lines().get(0);

        assertThat(ticket.key()).isEqualTo("7700000000001");
        assertThat(order.key()).isEqualTo("33170000000000000000001");
        assertThat(line.key()).isEqualTo("33860000000000066");
        assertThat(line.productKey()).isEqualTo("3");
        assertThat(line.addons().get(0).key()).isEqualTo("338600000000000000001");
        assertThat(order.paymodes().get(0).key()).isEqualTo("33200000000000001");
        assertThat(order.paymodes().get(0).paymodeKey()).isEqualTo("1");
        assertThat(line.id()).isEqualTo(new LineId("S", "7700000000001", "33170000000000000000001", 1, 0));
    }

    @Test
    void anEmptyArray_isAnEmptyDay() {
        assertThat(parse("[]")).isEmpty();
    }

    @Test
    void truncatedJson_isMalformed_neverAShorterDay() {
        assertThatThrownBy(() -> parse("[{\"Key\":\"1\",\"Orders\":[]},{\"Key\":\"2\",\"Ord"))
                .isInstanceOf(TrivecMalformedResponseException.class);
        assertThatThrownBy(() -> parse("[{\"Key\":\"1\",\"Orders\":[]}"))
                .isInstanceOf(TrivecMalformedResponseException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void anObjectWhereTheArrayBelongs_isMalformed_withTheMessageInIt() {
        assertThatThrownBy(() -> parse("{\"$type\":\"System.Web.Http.HttpError\",\"Message\":\"Something broke\"}"))
                .isInstanceOf(TrivecMalformedResponseException.class)
                .hasMessageContaining("Something broke");
    }

    @Test
    void theDotNetNoHttpResourceObject_isNotFound() {
        assertThatThrownBy(() -> parse("{\"Message\":\"No HTTP resource was found that matches the request URI"
                + " 'https://X.trivecgateway.com/Catalog/PaymodeList.json?appid=secretsecret'.\"}"))
                .isInstanceOf(TrivecNotFoundException.class)
                .hasMessageContaining("appid=***")
                .hasMessageNotContaining("secretsecret");
    }

    @Test
    void notJson_isMalformed_withAnExcerpt() {
        assertThatThrownBy(() -> parse("<html>Bad gateway</html>"))
                .isInstanceOf(TrivecMalformedResponseException.class)
                .satisfies(e -> assertThat(((TrivecException) e).bodyExcerpt()).startsWith("<html>"));
    }

    @Test
    void aBadDate_isMalformed_namingTheFieldAndWhatIsAccepted() {
        assertThatThrownBy(() -> parse("[{\"Key\":\"1\",\"Date\":20251345}]"))
                .isInstanceOf(TrivecMalformedResponseException.class)
                .hasMessageContaining("'Date'")
                .hasMessageContaining("yyyyMMdd");
    }

    @Test
    void aNumberFieldHoldingText_isMalformed() {
        assertThatThrownBy(() -> parse("[{\"Key\":\"1\",\"TotalPrice\":\"twelve\"}]"))
                .isInstanceOf(TrivecMalformedResponseException.class)
                .hasMessageContaining("'TotalPrice'");
    }

    @Test
    void aNumberBeyondItsFieldsRange_isMalformed_namingTheFieldTheValueAndTheTicket() {
        String filler = "{\"Key\":\"0\",\"Orders\":[]},".repeat(20);
        assertThatThrownBy(() -> parse("[" + filler + "{\"Key\":\"3316000000000021\",\"Orders\":[{\"Key\":\"2\","
                + "\"ActionId\":4294967304}]}]"))
                .isInstanceOf(TrivecMalformedResponseException.class)
                .hasMessageContaining("ticket 21 (Key 3316000000000021)")
                .hasMessageContaining("'ActionId' holds 4294967304")
                .hasMessageContaining("from -2147483648 to 2147483647");
        assertThatThrownBy(() -> parse("[{\"Key\":\"1\",\"Orders\":[{\"Lines\":[{\"VatNr\":-3000000000}]}]}]"))
                .isInstanceOf(TrivecMalformedResponseException.class)
                .hasMessageContaining("'VatNr' holds -3000000000");
        assertThatThrownBy(() -> parse("[{\"Key\":\"1\",\"TicketNr\":1.5}]"))
                .isInstanceOf(TrivecMalformedResponseException.class)
                .hasMessageContaining("'TicketNr'");
    }

    @Test
    void anElementThatIsNotAnObject_isMalformed() {
        assertThatThrownBy(() -> parse("[42]"))
                .isInstanceOf(TrivecMalformedResponseException.class)
                .hasMessageContaining("expected a ticket object");
    }
}
