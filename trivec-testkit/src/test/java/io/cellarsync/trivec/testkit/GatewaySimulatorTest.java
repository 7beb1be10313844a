package io.cellarsync.trivec.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cellarsync.trivec.Centre;
import io.cellarsync.trivec.Order;
import io.cellarsync.trivec.OrderLine;
import io.cellarsync.trivec.Product;
import io.cellarsync.trivec.RetryPolicy;
import io.cellarsync.trivec.Ticket;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.TrivecAuthenticationException;
import io.cellarsync.trivec.TrivecClient;
import io.cellarsync.trivec.TrivecMalformedResponseException;
import io.cellarsync.trivec.TrivecNotFoundException;
import io.cellarsync.trivec.TrivecRateLimitedException;
import io.cellarsync.trivec.TrivecServerException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The simulator through the real client: realistic days with exact totals, and every fault. */
class GatewaySimulatorTest {

    @RegisterExtension
    static GatewaySimulatorExtension gateway = new GatewaySimulatorExtension(SimulatorConfig.defaults());

    private static final String HOUSE_ACCOUNT = "4400000000000001";

    private static final TicketQuery EVERYTHING = TicketQuery.billedOnly().withOpen(true).withInternal(true)
            .withFreeAddons(true);

    private static TrivecClient client(GatewaySimulator simulator) {
        List<Duration> slept = new ArrayList<>();
        return simulator.clientBuilder().sleeper(slept::add).retryPolicy(RetryPolicy.defaults().withMaxAttempts(3))
                .build();
    }

    /**
     * The simulator speaks HTTP/1.1 only, as the gateway never upgrades a cleartext connection: a vendor's own
     * {@link HttpClient} (HTTP/2 by default) would otherwise get the h2c upgrade, whose first DATA frame the JDK 17
     * client now and then corrupts, so that a correct day reads as malformed JSON about once in a thousand calls.
     */
    @Test
    void aDefaultJdkClient_isAnsweredInHttp11_notUpgradedToH2c(GatewaySimulator simulator) throws Exception {
        URI uri = URI.create(simulator.baseUri() + "/ticket/day.json/"
                + simulator.days().get(0).toString().replace("-", "") + "?appid=" + simulator.appId());

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).isEqualTo(simulator.dayJson(simulator.days().get(0), TicketQuery.billedOnly()));
    }

    private static DayTotals summarise(List<Ticket> tickets) {
        int open = 0;
        int internal = 0;
        int lines = 0;
        int addons = 0;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (Ticket ticket : tickets) {
            open += ticket.isOpen() ? 1 : 0;
            internal += ticket.isInternal() ? 1 : 0;
            lines += ticket.lineCount();
            addons += ticket.addonCount();
            if (!ticket.isOpen()) {
                gross = gross.add(ticket.grossTotal());
                net = net.add(ticket.netTotal());
            }
        }
        return new DayTotals(tickets.size(), open, internal, lines, addons, gross, net);
    }

    @Test
    void aRequestThatWrites_isRefusedWith405_asTheReadOnlyGatewayDoes(GatewaySimulator simulator) throws Exception {
        // A vendor review: POST and DELETE got 200 with data, so a test could not prove an integration read-only.
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI products = java.net.URI.create(simulator.baseUri() + "/Catalog/ProductList.json?appid="
                + SimulatorConfig.DEFAULT_APP_ID);
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            java.net.http.HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(products)
                    .method(method, java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).contains("GET");
            assertThat(response.body()).contains(method);
        }
        java.net.http.HttpResponse<String> read = http.send(java.net.http.HttpRequest.newBuilder(products).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
    }

    @Test
    void aServedDay_parsesToTheExpectedExactTotals(GatewaySimulator simulator) {
        for (LocalDate day : simulator.days()) {
            List<Ticket> tickets = client(simulator).ticketsOfDay(day, EVERYTHING);

            assertThat(summarise(tickets)).isEqualTo(simulator.expectedTotals(day, EVERYTHING));
        }
    }

    @Test
    void everyBilledTicket_grossTotalEqualsItsTotalPrice() {
        GatewaySimulator simulator = gateway.simulator();
        for (Ticket ticket : client(simulator).ticketsOfDay(simulator.days().get(0), EVERYTHING)) {
            assertThat(ticket.grossTotal()).isEqualByComparingTo(ticket.totalPrice());
        }
    }

    @Test
    void theDayHoldsOpenInternalRefundTransferVoidsAndAfterMidnightTickets(GatewaySimulator simulator) {
        List<Ticket> tickets = client(simulator).ticketsOfDay(simulator.days().get(1), EVERYTHING);

        assertThat(tickets).filteredOn(Ticket::isOpen).hasSize(2);
        assertThat(tickets).filteredOn(Ticket::isInternal).hasSize(1);
        assertThat(tickets).filteredOn(Ticket::isRefund).hasSize(1);
        assertThat(tickets).flatExtracting(Ticket::orders).extracting(o -> o.actionId().code())
                .contains(1, 2, 8, 9);
        assertThat(tickets).flatExtracting(Ticket::lines).extracting(OrderLine::qty)
                .anyMatch(qty -> qty.signum() < 0);
    }

    @Test
    void theRefund_reversesALineTheTicketItNamesSold_andThatTicketNamesItsRefund(GatewaySimulator simulator) {
        TrivecClient client = client(simulator);
        Ticket refund = client.ticketsOfDay(simulator.days().get(1)).stream().filter(Ticket::isRefund)
                .findFirst().orElseThrow();
        List<Ticket> previousDay = client.ticketsOfDay(simulator.days().get(0));
        Ticket original = previousDay.stream().filter(t -> t.key().equals(refund.refundFor())).findFirst()
                .orElseThrow();
        OrderLine refunded = refund.lines().get(0);
        BigDecimal kept = original.lines().stream().filter(line -> line.productKey().equals(refunded.productKey()))
                .map(OrderLine::qty).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(refunded.qty().signum()).isNegative();
        assertThat(kept).as("what the refunded ticket kept of %s", refunded.productName())
                .isGreaterThanOrEqualTo(refunded.qty().negate());
        assertThat(original.refundedBy()).isEqualTo(refund.key());
        assertThat(previousDay).filteredOn(t -> !t.refundedBy().isEmpty()).containsExactly(original);
    }

    // Notes §6.14: Order.Key is unique within a site, and integrators deduplicate by it.
    @Test
    void orderKeys_areUniqueWithinTheSite_openTicketsIncluded(GatewaySimulator simulator) {
        Map<String, List<String>> ticketsByOrderKey = new HashMap<>();
        for (LocalDate day : simulator.days()) {
            TicketQuery query = EVERYTHING.withOpen(day.equals(simulator.days().get(0)));
            for (Ticket ticket : client(simulator).ticketsOfDay(day, query)) {
                for (Order order : ticket.orders()) {
                    ticketsByOrderKey.computeIfAbsent(order.key(), k -> new ArrayList<>()).add(ticket.key());
                }
            }
        }

        assertThat(ticketsByOrderKey).isNotEmpty()
                .allSatisfy((orderKey, tickets) -> assertThat(tickets).as("tickets of order %s", orderKey).hasSize(1));
    }

    /** Notes §5 and §6.14: ticket, order, line, product, group and tender keys have 16 digits; line keys had 17. */
    @Test
    void theKeysOfTicketsOrdersLinesAndPayments_have16Digits_asOnTheWire(GatewaySimulator simulator) {
        List<Ticket> tickets = client(simulator).ticketsOfDay(simulator.days().get(0), EVERYTHING);
        List<Order> orders = tickets.stream().flatMap(t -> t.orders().stream()).toList();
        List<OrderLine> lines = tickets.stream().flatMap(t -> t.lines().stream())
                .flatMap(line -> java.util.stream.Stream.concat(java.util.stream.Stream.of(line),
                        line.addons().stream())).toList();
        List<String> keys = new ArrayList<>();
        tickets.forEach(ticket -> keys.add(ticket.key()));
        orders.forEach(order -> keys.add(order.key()));
        lines.forEach(line -> keys.addAll(List.of(line.key(), line.productKey(), line.groupKey())));
        orders.stream().flatMap(order -> order.paymodes().stream())
                .forEach(payment -> keys.addAll(List.of(payment.key(), payment.paymodeKey(), payment.groupKey())));

        assertThat(lines).anyMatch(line -> !line.addons().isEmpty());
        assertThat(orders).anyMatch(order -> !order.paymodes().isEmpty());
        assertThat(keys).allSatisfy(key -> assertThat(key).matches("[0-9]{16}"));
    }

    @Test
    void everyRound_isEnteredNoLaterThanItsTicketIsBilled_andSomeAreBilledAfterMidnight(GatewaySimulator simulator) {
        List<Ticket> billed = new ArrayList<>();
        for (LocalDate day : simulator.days()) {
            billed.addAll(client(simulator).ticketsOfDay(day, TicketQuery.billedOnly().withInternal(true)));
        }

        for (Ticket ticket : billed) {
            java.time.LocalDateTime billing = ticket.calendarDate().orElseThrow().atTime(ticket.time());
            assertThat(ticket.orders()).allSatisfy(order -> assertThat(order.actualDate().toLocalDate()
                    .orElseThrow().atTime(order.time())).isBeforeOrEqualTo(billing));
        }
        assertThat(billed).anySatisfy(t -> assertThat(t.calendarDate()).isNotEqualTo(t.businessDate()));
    }

    /**
     * Notes §6.2: an order's {@code Date} is its business day, its {@code ActualDate} the calendar day; they differ
     * only after midnight, when the calendar day is the next one. Open tabs' rounds too (they were once dated with
     * the last day served, days after they were entered).
     */
    @Test
    void everyRound_isOnItsBusinessDay_orTheCalendarDayAfter_openTabsIncluded(GatewaySimulator simulator) {
        List<Ticket> tickets = new ArrayList<>();
        for (LocalDate day : simulator.days()) {
            tickets.addAll(client(simulator).ticketsOfDay(day, EVERYTHING));
        }

        assertThat(tickets).anyMatch(Ticket::isOpen);
        for (Ticket ticket : tickets) {
            assertThat(ticket.orders()).allSatisfy(order -> {
                LocalDate business = order.date().toLocalDate().orElseThrow();
                LocalDate calendar = order.actualDate().toLocalDate().orElseThrow();
                assertThat(calendar).as("order %s of ticket %s", order.key(), ticket.key())
                        .isBetween(business, business.plusDays(1));
            });
        }
    }

    @Test
    void openTickets_comeBackWithEveryDay_butOnlyWhenAskedFor(GatewaySimulator simulator) {
        TrivecClient client = client(simulator);
        List<String> first = client.ticketsOfDay(simulator.days().get(0), EVERYTHING).stream()
                .filter(Ticket::isOpen).map(Ticket::key).toList();
        List<String> later = client.ticketsOfDay(LocalDate.of(2031, 1, 1), EVERYTHING).stream()
                .filter(Ticket::isOpen).map(Ticket::key).toList();

        assertThat(first).hasSize(2).isEqualTo(later);
        assertThat(client.ticketsOfDay(simulator.days().get(0))).noneMatch(Ticket::isOpen)
                .noneMatch(Ticket::isInternal);
    }

    @Test
    void everyFlagIsSentExplicitly_andTheCentreFilterFilters(GatewaySimulator simulator) {
        String centre = client(simulator).centres().get(1).key();
        TicketQuery query = EVERYTHING.withCenters(List.of(centre));

        List<Ticket> tickets = client(simulator).ticketsOfDay(simulator.days().get(0), query);

        assertThat(tickets).isNotEmpty().allMatch(t -> t.centerKey().equals(centre));
        assertThat(simulator.requestedUrls()).last().asString().contains("IncOpen=true", "IncInternal=true",
                "IncTraining=false", "IncFreeAddons=true", "center=" + centre, "appid=***");
        assertThat(summarise(tickets)).isEqualTo(simulator.expectedTotals(simulator.days().get(0), query));
    }

    /**
     * Notes §5.2: the flags take {@code true} / {@code false}, in any case. {@code IncOpen=yes} was read as false: a
     * vendor's request served a day without the open tickets it asked for, and its test passed.
     */
    @Test
    void aFlagTheGatewayCannotRead_is400NamingTheFlagAndWhatIsAccepted_notFalse(GatewaySimulator simulator)
            throws Exception {
        LocalDate day = simulator.days().get(0);
        String flags = "&IncInternal=false&IncTraining=false&IncFreeAddons=false";
        Map<String, String> told = new java.util.LinkedHashMap<>();
        told.put("yes", "The value of 'IncOpen' (3 characters) is not true or false; use true or false");
        told.put("1", "The value of 'IncOpen' (1 character) is not true or false; use true or false");
        told.put("on", "The value of 'IncOpen' (2 characters) is not true or false; use true or false");
        told.put("", "The value of 'IncOpen' is empty: use true or false");
        told.put("tr%20ue", "The value of 'IncOpen' (5 characters) is not true or false: its character 3 (U+0020) is"
                + " not one of A-Z, a-z, 0-9; use true or false");

        for (Map.Entry<String, String> value : told.entrySet()) {
            HttpResponse<String> response = getDay(simulator, day, "IncOpen=" + value.getKey() + flags);

            assertThat(response.statusCode()).as("IncOpen=%s", value.getKey()).isEqualTo(400);
            assertThat(response.body()).contains("\"IncOpen\"", value.getValue() + " (in any case).");
        }
        assertThat(getDay(simulator, day, "IncOpen=false&IncInternal=false&IncTraining=false&IncFreeAddons=nope")
                .body()).contains("\"IncFreeAddons\"", "The value of 'IncFreeAddons' (4 characters) is not true or");
        assertThat(getDay(simulator, day, "IncOpen=True" + flags).body().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(simulator.dayJson(day, TicketQuery.billedOnly().withOpen(true)));
        assertThat(getDay(simulator, day, "incopen=TRUE&incinternal=False&inctraining=false&incfreeaddons=FALSE")
                .body().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(simulator.dayJson(day, TicketQuery.billedOnly().withOpen(true)));
    }

    /**
     * A query that gave a parameter twice was answered with its last value: a vendor's request that built its query
     * twice passed against the simulator, while what the gateway does with it is unknown (notes §14). It gets 400
     * problem-details naming the parameter, whatever the values (the same value twice too), never a value.
     */
    @Test
    void aParameterGivenTwice_is400NamingIt_neverItsValue_evenWithTheSameValueTwice(GatewaySimulator simulator)
            throws Exception {
        LocalDate day = simulator.days().get(0);
        String flags = "IncOpen=false&IncInternal=false&IncTraining=false&IncFreeAddons=false";
        String otherKey = "ffffffffffffffffffffffffffffffff";
        Map<String, String> repeated = new java.util.LinkedHashMap<>();
        repeated.put("appid=" + simulator.appId() + "&" + flags, "appid");
        repeated.put("AppId=" + otherKey + "&" + flags, "appid");
        repeated.put(flags + "&IncOpen=false", "IncOpen");
        repeated.put(flags + "&incopen=true", "IncOpen");
        repeated.put(flags + "&center=1000000000001&center=1000000000001", "center");
        repeated.put(flags + "&user=10000000000001&USER=10000000000002", "user");
        repeated.put(flags + "&from=20261130&from=20261201", "from");

        for (Map.Entry<String, String> request : repeated.entrySet()) {
            HttpResponse<String> response = getDay(simulator, day, request.getKey());

            assertThat(response.statusCode()).as(request.getKey()).isEqualTo(400);
            com.fasterxml.jackson.databind.JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("title").asText()).isEqualTo("One or more validation errors occurred.");
            assertThat(problem.get("errors").fieldNames()).toIterable().containsExactly(request.getValue());
            assertThat(problem.get("errors").get(request.getValue()).get(0).asText())
                    .contains("'" + request.getValue() + "' was given more than once");
            assertThat(response.body()).as(request.getKey()).doesNotContain(simulator.appId(), otherKey);
        }
        assertThat(simulator.requestedUrls()).noneMatch(url -> url.contains(simulator.appId()));
        HttpResponse<String> catalogue = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                simulator.baseUri() + "/users.json?appid=" + simulator.appId() + "&appid=" + simulator.appId()))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(catalogue.statusCode()).isEqualTo(400);
        assertThat(catalogue.body()).contains("\"appid\"").doesNotContain(simulator.appId());
        assertThat(getDay(simulator, day, flags).statusCode()).isEqualTo(200);
    }

    /**
     * A flag without {@code =} ({@code &IncOpen}, as if its presence meant true) was dropped, so it read as false and a
     * vendor's request served a day without the open tickets it asked for. It is a flag with an empty value, which
     * the gateway cannot read: 400 as for {@code IncOpen=}.
     */
    @Test
    void aFlagWithoutAValue_is400NamingTheFlag_notFalse(GatewaySimulator simulator) throws Exception {
        LocalDate day = simulator.days().get(0);

        HttpResponse<String> response = getDay(simulator, day, "IncOpen&IncInternal=false&IncTraining=false"
                + "&IncFreeAddons=false");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"IncOpen\"", "The value of 'IncOpen' is empty: use true or false");
        assertThat(getDay(simulator, day, "IncOpen=true&IncOpen&IncInternal=false&IncTraining=false"
                + "&IncFreeAddons=false").body()).contains("'IncOpen' was given more than once");
    }

    /**
     * The route's date is {@code yyyyMMdd} (notes §4). {@code BASIC_ISO_DATE} also reads an offset after it, so a
     * vendor that formatted a {@code ZonedDateTime} ({@code 20261130+0100}) was served the day and its test passed.
     */
    @Test
    void aDateWithAnOffset_is400NamingTheDate_notTheDayServed(GatewaySimulator simulator) throws Exception {
        LocalDate day = simulator.days().get(0);
        String zoned = day.atStartOfDay(java.time.ZoneId.of("Europe/Paris"))
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String flags = "IncOpen=false&IncInternal=false&IncTraining=false&IncFreeAddons=false";

        for (String date : List.of(zoned, zoned.substring(0, 8) + "-0300", zoned.substring(0, 8) + "+01:00")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    simulator.baseUri() + "/ticket/day.json/" + date + "?appid=" + simulator.appId() + "&" + flags))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(response.statusCode()).as(date).isEqualTo(400);
            assertThat(response.body()).contains("\"errors\":{\"date\"", "The date of the route (" + date.length()
                    + " characters) is not a day written yyyyMMdd: its character 9 (U+00", "give the day as yyyyMMdd")
                    .doesNotContain(date);
        }
        assertThat(zoned).isEqualTo(day.toString().replace("-", "") + "+0100");
        assertThat(getDay(simulator, day, flags).statusCode()).isEqualTo(200);
    }

    /** The problem names a repeated parameter as sent, as a JSON string: a quote in the name does not break it. */
    @Test
    void aRepeatedParameterWithAQuoteInItsName_isNamedInValidJson(GatewaySimulator simulator) throws Exception {
        // The JDK client refuses a raw quote in a URI; a hand-written client may send one, and Jetty takes it.
        String response = rawGet(simulator, "/users.json?appid=" + simulator.appId() + "&a\"b=1&a\"b=2");

        assertThat(response).startsWith("HTTP/1.1 400");
        com.fasterxml.jackson.databind.JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertThat(problem.get("errors").fieldNames()).toIterable().containsExactly("a\"b");
    }

    /**
     * A parameter's name is percent-decoded, as the gateway reads it: {@code Inc%4Fpen=true} beside
     * {@code IncOpen=false} is a repeat (it was served, the flag read as false), and {@code %61ppid} is the key,
     * redacted in {@code requestedUrls()} like {@code appid}.
     */
    @Test
    void aPercentEncodedParameterName_isThatParameter_andAnEncodedKeyIsRedacted(GatewaySimulator simulator)
            throws Exception {
        LocalDate day = simulator.days().get(0);
        String flags = "IncOpen=false&IncInternal=false&IncTraining=false&IncFreeAddons=false";

        assertThat(getDay(simulator, day, flags + "&Inc%4Fpen=true").body())
                .contains("'IncOpen' was given more than once");
        HttpResponse<String> encodedKey = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                simulator.baseUri() + "/ticket/day.json/" + day.toString().replace("-", "") + "?%61ppid="
                        + simulator.appId() + "&" + flags)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(encodedKey.statusCode()).isEqualTo(200);
        assertThat(simulator.requestedUrls()).noneMatch(url -> url.contains(simulator.appId()))
                .anyMatch(url -> url.contains("%61ppid=***"));
    }

    private static String rawGet(GatewaySimulator simulator, String target) throws Exception {
        URI base = simulator.baseUri();
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> getDay(GatewaySimulator simulator, LocalDate day, String flags)
            throws Exception {
        URI uri = URI.create(simulator.baseUri() + "/ticket/day.json/" + day.toString().replace("-", "") + "?appid="
                + simulator.appId() + "&" + flags);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theCatalogue_holdsWinesWithFrenchLabels_andVatInBothShapes(GatewaySimulator simulator) {
        List<Product> products = client(simulator).products();

        assertThat(products).extracting(Product::name).contains("CH MARGAUX 2015 BTL", "VERRE COTES DU RHONE RGE",
                "CAFE", "PRESSION BLONDE 25CL");
        assertThat(products).allMatch(p -> p.vatRate().signum() > 0);
        assertThat(simulator.products()).filteredOn(SimulatedProduct::wine).isNotEmpty();
        assertThat(client(simulator).centres()).extracting(Centre::name).contains("Restaurant", "Bar");
        assertThat(client(simulator).productGroups()).isNotEmpty();
        assertThat(client(simulator).users()).isNotEmpty();
        assertThat(client(simulator).paymodes()).isNotEmpty();
        assertThat(client(simulator).paymodeGroups()).isNotEmpty();
    }

    @Test
    void aWrongKey_isAnAuthenticationError_thatDoesNotShowTheKey(GatewaySimulator simulator) {
        TrivecClient wrong = simulator.clientBuilder().appId("ffffffffffffffffffffffffffffffff").build();

        assertThatThrownBy(() -> wrong.products()).isInstanceOf(TrivecAuthenticationException.class)
                .hasMessageNotContaining("ffffffffffffffffffffffffffffffff");
    }

    @Test
    void faults_areTypedErrors(GatewaySimulator simulator) {
        LocalDate day = simulator.days().get(0);
        TrivecClient client = simulator.clientBuilder().retryPolicy(RetryPolicy.none()).build();

        simulator.injectFault(Fault.UNAUTHORIZED);
        assertThatThrownBy(() -> client.ticketsOfDay(day)).isInstanceOf(TrivecAuthenticationException.class);
        simulator.injectFault(Fault.NOT_FOUND);
        assertThatThrownBy(() -> client.ticketsOfDay(day)).isInstanceOf(TrivecNotFoundException.class)
                .hasMessageNotContaining(simulator.appId());
        simulator.injectFault(Fault.RATE_LIMITED);
        assertThatThrownBy(() -> client.ticketsOfDay(day)).isInstanceOf(TrivecRateLimitedException.class);
        simulator.injectFault(Fault.SERVICE_UNAVAILABLE);
        assertThatThrownBy(() -> client.ticketsOfDay(day)).isInstanceOf(TrivecServerException.class);
        simulator.injectFault(Fault.MALFORMED);
        assertThatThrownBy(() -> client.ticketsOfDay(day)).isInstanceOf(TrivecMalformedResponseException.class);
        simulator.injectFault(Fault.TRUNCATED);
        assertThatThrownBy(() -> client.ticketsOfDay(day)).isInstanceOf(TrivecMalformedResponseException.class);
        simulator.injectFault(Fault.ERROR_OBJECT_200);
        assertThatThrownBy(() -> client.ticketsOfDay(day)).isInstanceOf(TrivecMalformedResponseException.class);
        assertThatThrownBy(() -> client.accountInfo(HOUSE_ACCOUNT))
                .isInstanceOf(TrivecMalformedResponseException.class);
    }

    @Test
    void theOpenHouseAccountTab_pointsToAnAccountTheGatewayDescribes(GatewaySimulator simulator) {
        TrivecClient client = client(simulator);
        Ticket tab = client.ticketsOfDay(simulator.days().get(0), EVERYTHING).stream()
                .filter(t -> t.isOpen() && !t.accountKey().isEmpty()).findFirst().orElseThrow();

        assertThat(client.accountInfo(tab.accountKey()).companyName()).isEqualTo("Le Comptoir Simule");
        assertThatThrownBy(() -> client.accountInfo("1")).isInstanceOf(TrivecNotFoundException.class);
    }

    @Test
    void aSlowResponse_isCutByTheClientsAttemptTimeout() {
        try (GatewaySimulator slow = GatewaySimulator.start(SimulatorConfig.defaults().withTicketsPerDay(2)
                .withSlowDelay(Duration.ofSeconds(3)))) {
            slow.injectFault(Fault.SLOW);
            TrivecClient client = slow.clientBuilder().attemptTimeout(Duration.ofMillis(300))
                    .retryPolicy(RetryPolicy.none()).build();

            assertThatThrownBy(client::users).isInstanceOf(io.cellarsync.trivec.TrivecTransportException.class)
                    .hasMessageContaining("timeout");
            slow.clearFaults();
            assertThat(client.users()).isNotEmpty();
        }
    }

    @Test
    void aFaultForTwoRequests_isRetriedThrough(GatewaySimulator simulator) {
        simulator.injectFault(Fault.SERVICE_UNAVAILABLE, 2);

        List<Ticket> tickets = client(simulator).ticketsOfDay(simulator.days().get(0));

        assertThat(tickets).isNotEmpty();
        assertThat(simulator.requestCount()).isEqualTo(3);
    }

    @Test
    void theRateLimitedFault_asksToWaitOneSecond_andTheClientWaitsThatLongBeforeRetrying(
            GatewaySimulator simulator) {
        LocalDate day = simulator.days().get(0);
        simulator.injectFault(Fault.RATE_LIMITED);
        assertThatThrownBy(() -> simulator.clientBuilder().retryPolicy(RetryPolicy.none()).build().ticketsOfDay(day))
                .isInstanceOfSatisfying(TrivecRateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));
        simulator.clearFaults();
        simulator.resetRequests();
        simulator.injectFault(Fault.RATE_LIMITED, 1);
        List<Duration> slept = new ArrayList<>();

        List<Ticket> tickets = simulator.clientBuilder().sleeper(slept::add)
                .retryPolicy(RetryPolicy.defaults().withMaxAttempts(3)).build().ticketsOfDay(day);

        assertThat(tickets).isNotEmpty();
        assertThat(slept).containsExactly(Duration.ofSeconds(1));
        assertThat(simulator.requestCount()).isEqualTo(2);
    }

    @Test
    void theSameSeed_servesTheSameDay_andAnotherSeedAnotherDay(GatewaySimulator simulator) {
        LocalDate day = simulator.days().get(0);
        try (GatewaySimulator same = GatewaySimulator.start(SimulatorConfig.defaults());
                GatewaySimulator other = GatewaySimulator.start(SimulatorConfig.defaults().withSeed(7))) {
            assertThat(same.dayJson(day, EVERYTHING)).isEqualTo(simulator.dayJson(day, EVERYTHING));
            assertThat(other.dayJson(day, EVERYTHING)).isNotEqualTo(simulator.dayJson(day, EVERYTHING));
        }
    }
}
