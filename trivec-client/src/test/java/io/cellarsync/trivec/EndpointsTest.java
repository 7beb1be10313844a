package io.cellarsync.trivec;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.cellarsync.trivec.GatewayStubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every read endpoint of the gateway, its path, and the shapes it answers with. */
class EndpointsTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private final FakeTime time = new FakeTime();

    private TrivecClient client() {
        return GatewayStubs.client(wm, time).build();
    }

    private static String fixture() throws IOException {
        try (InputStream in = EndpointsTest.class.getResourceAsStream("/fixtures/day-quirks.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void products_readVatAsANumberOrAsAnObject_andKeepUnknownFields() {
        wm.stubFor(get(urlPathEqualTo("/catalog/productlist.json")).willReturn(json(200, "["
                + "{\"$type\":\"P\",\"Key\":\"1\",\"ProdNr\":301001,\"Name\":\"CH MARGAUX 2015 BTL\",\"GroupKey\":\"9\","
                + "\"Price\":450.00000000,\"Vat\":20,\"BarCode\":\"3760\",\"Prices\":[]},"
                + "{\"key\":\"2\",\"prodNr\":\"301002\",\"name\":\"CAFE\",\"groupKey\":\"8\",\"price\":\"2.20\","
                + "\"vat\":{\"$type\":\"V\",\"Code\":2,\"Percentage\":5.5000,\"Name\":\"Reduit\"}}]")));

        List<Product> products = client().products();

        assertThat(products).extracting(Product::vatRate).containsExactly(new BigDecimal("20"),
                new BigDecimal("5.5000"));
        assertThat(products.get(0).price()).isEqualTo(new BigDecimal("450.00000000"));
        assertThat(products.get(0).extraFields()).containsKey("Prices").doesNotContainKey("$type");
        assertThat(products.get(1).number()).isEqualTo(301002);
        assertThat(products.get(1).name()).isEqualTo("CAFE");
    }

    @Test
    void aProductWithoutAVatRate_hasNoRate_notAFakeZero() {
        // No Vat at all (the product may take its group's VAT code), or a Vat object that names a code but no rate.
        wm.stubFor(get(urlPathEqualTo("/catalog/productlist.json")).willReturn(json(200, "["
                + "{\"Key\":\"3\",\"Name\":\"CH MARGAUX 2015 BTL\",\"Price\":120.00},"
                + "{\"Key\":\"4\",\"Name\":\"CAFE\",\"Price\":2.20,\"Vat\":{\"$type\":\"V\",\"Code\":2,"
                + "\"Name\":\"Laag\"}},"
                + "{\"Key\":\"5\",\"Name\":\"WATER\",\"Price\":0,\"Vat\":null}]")));

        List<Product> products = client().products();

        assertThat(products).extracting(Product::vatRate).containsOnlyNulls().hasSize(3);
        assertThat(products.get(1).extraFields()).doesNotContainKey("Vat");
    }

    @Test
    void aProductWithoutAPrice_costsZero_asTheGatewayLeavesOutZeros() {
        wm.stubFor(get(urlPathEqualTo("/catalog/productlist.json")).willReturn(json(200,
                "[{\"Key\":\"6\",\"Name\":\"KRAANWATER\",\"Vat\":9}]")));

        assertThat(client().products()).singleElement().satisfies(p -> {
            assertThat(p.price()).isZero();
            assertThat(p.vatRate()).isEqualByComparingTo("9");
        });
    }

    @Test
    void groupsCentresUsersAndPaymodes_areRead() {
        wm.stubFor(get(urlPathEqualTo("/catalog/productgrouplist.json")).willReturn(json(200,
                "[{\"Key\":\"1\",\"Name\":\"Vins\",\"GroupLevel\":2,\"LeftNr\":2,\"RightNr\":3,\"GroupNr\":2001}]")));
        wm.stubFor(get(urlPathEqualTo("/catalog/paymodegrouplist.json")).willReturn(json(200,
                "[{\"Key\":\"5\",\"Name\":\"Carte\",\"GroupLevel\":2,\"LeftNr\":4,\"RightNr\":5}]")));
        wm.stubFor(get(urlPathEqualTo("/catalog/paymodelist.json")).willReturn(json(200,
                "[{\"Key\":\"6\",\"Name\":\"Pin\",\"ProdNr\":11,\"GroupKey\":\"5\",\"PaymodeType\":\"Normal\"}]")));
        wm.stubFor(get(urlPathEqualTo("/centers.json")).willReturn(json(200,
                "[{\"Key\":\"12345678900\",\"Name\":\"Bar\",\"CenterNr\":\"\"}]")));
        wm.stubFor(get(urlPathEqualTo("/users.json")).willReturn(json(200,
                "[{\"Key\":\"14000000000001\",\"Name\":\"Sam\",\"IsActive\":true}]")));
        wm.stubFor(get(urlPathEqualTo("/account/info.json/3316000000000009")).willReturn(json(200,
                "{\"Key\":\"3316000000000009\",\"FirstName\":\"Ana\",\"LastName\":\"Roy\",\"EMail\":\"a@b.c\"}")));
        TrivecClient client = client();

        assertThat(client.productGroups()).singleElement().satisfies(g -> {
            assertThat(g.groupNr()).isEqualTo(2001);
            assertThat(g.rightNr()).isEqualTo(3);
        });
        assertThat(client.paymodeGroups()).extracting(PaymodeGroup::name).containsExactly("Carte");
        assertThat(client.paymodes()).extracting(PaymodeDefinition::number).containsExactly(11L);
        assertThat(client.centres()).extracting(Centre::key).containsExactly("12345678900");
        assertThat(client.users()).singleElement().satisfies(u -> assertThat(u.extraFields()).containsKey("IsActive"));
        assertThat(client.accountInfo("3316000000000009").lastName()).isEqualTo("Roy");
    }

    @Test
    void aCatalogueNumberBeyondItsFieldsRange_isMalformed_namingTheElementTheFieldAndTheValue() {
        wm.stubFor(get(urlPathEqualTo("/catalog/productgrouplist.json")).willReturn(json(200,
                "[{\"Key\":\"1\",\"GroupLevel\":1},{\"Key\":\"2\",\"GroupLevel\":3000000000}]")));

        assertThatThrownBy(() -> client().productGroups())
                .isInstanceOf(TrivecMalformedResponseException.class)
                .hasMessageContaining("element 1 of product groups")
                .hasMessageContaining("'GroupLevel' holds 3000000000");
    }

    @Test
    void aCatalogueFieldOfTheWrongKind_isNamedInPlainEnglish_whateverTheDefaultLocale() {
        // A review: the JSON node's type was lower-cased in the default locale: "STRING" read "strıng" in Turkish.
        wm.stubFor(get(urlPathEqualTo("/catalog/productlist.json")).willReturn(json(200,
                "[{\"Key\":\"1\",\"Price\":true}]")));
        wm.stubFor(get(urlPathEqualTo("/catalog/productgrouplist.json")).willReturn(json(200, "[\"GROUP\"]")));
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
        try {
            assertThatThrownBy(() -> client().products())
                    .isInstanceOf(TrivecMalformedResponseException.class)
                    .hasMessageContaining("'Price' holds boolean, expected a number");
            assertThatThrownBy(() -> client().productGroups())
                    .isInstanceOf(TrivecMalformedResponseException.class)
                    .hasMessageContaining("an element is string, expected an object");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    // Notes §9: the gateway's error objects can come with status 200; for the one endpoint that answers an
    // object they must fail as they do where an array belongs, never become an empty account.
    @Test
    void accountInfo_anHttpErrorObjectWithStatus200_isNotFound_notAnEmptyAccount() {
        wm.stubFor(get(urlPathEqualTo("/account/info.json/4400000000000001")).willReturn(json(200,
                "{\"$type\":\"System.Web.Http.HttpError, System.Web.Http\",\"Message\":\"No HTTP resource was"
                        + " found that matches the request URI 'https://X.trivecgateway.com/account/info.json/"
                        + "4400000000000001?appid=" + GatewayStubs.KEY + "'.\",\"MessageDetail\":\"No action was"
                        + " found on the controller 'Account' that matches the request.\"}")));

        assertThatThrownBy(() -> client().accountInfo("4400000000000001"))
                .isInstanceOf(TrivecNotFoundException.class)
                .hasMessageContaining("No HTTP resource")
                .hasMessageNotContaining(GatewayStubs.KEY);
    }

    @Test
    void accountInfo_anyOtherErrorObjectWithStatus200_isMalformed_withItsMessage() {
        wm.stubFor(get(urlPathEqualTo("/account/info.json/4400000000000002")).willReturn(json(200,
                "{\"errors\":{\"accountKey\":[\"The value is not valid.\"]},\"type\":\"https://tools.ietf.org/"
                        + "html/rfc7231#section-6.5.1\",\"title\":\"One or more validation errors occurred.\","
                        + "\"status\":400,\"traceId\":\"00-x\"}")));
        wm.stubFor(get(urlPathEqualTo("/account/info.json/4400000000000003")).willReturn(json(200,
                "{\"Message\":\"An error has occurred.\"}")));

        assertThatThrownBy(() -> client().accountInfo("4400000000000002"))
                .isInstanceOf(TrivecMalformedResponseException.class)
                .hasMessageContaining("One or more validation errors occurred.");
        assertThatThrownBy(() -> client().accountInfo("4400000000000003"))
                .isInstanceOf(TrivecMalformedResponseException.class)
                .hasMessageContaining("An error has occurred.");
    }

    @Test
    void accountInfo_anAccountWithATitleAndAStatus_isAnAccount() {
        wm.stubFor(get(urlPathEqualTo("/account/info.json/4400000000000004")).willReturn(json(200,
                "{\"Key\":\"4400000000000004\",\"LastName\":\"Roy\",\"Title\":\"Mme\",\"Status\":1,"
                        + "\"Message\":\"VIP\"}")));

        assertThat(client().accountInfo("4400000000000004").lastName()).isEqualTo("Roy");
    }

    @Test
    void anAccountKeyThatIsNotAKey_isRefused_beforeAnyRequest() {
        assertThatThrownBy(() -> client().accountInfo("../users.json"))
                .isInstanceOf(TrivecConfigurationException.class).hasMessageContaining("'../users.json'");
        wm.verify(0, getRequestedFor(urlPathEqualTo("/users.json")));
    }

    @Test
    void theStreamingCallback_seesTicketsInOrder() throws IOException {
        wm.stubFor(get(urlPathEqualTo("/ticket/day.json/20250301")).willReturn(json(200, fixture())));
        List<String> keys = new ArrayList<>();

        client().forEachTicketOfDay(LocalDate.of(2025, 3, 1), TicketQuery.billedOnly(), t -> keys.add(t.key()));

        assertThat(keys).containsExactly("3316000000000001", "3316000000000002", "3316000000000003",
                "3316000000000004");
    }

    @Test
    void theStream_isLazy_andClosable() throws IOException {
        wm.stubFor(get(urlPathEqualTo("/ticket/day.json/20250301")).willReturn(json(200, fixture())));

        try (Stream<Ticket> tickets = client().streamTicketsOfDay(LocalDate.of(2025, 3, 1),
                TicketQuery.billedOnly().withOpen(true))) {
            assertThat(tickets.filter(Ticket::isOpen).findFirst()).get().extracting(Ticket::key)
                    .isEqualTo("3316000000000002");
        }
    }

    /** A day of {@code count} tickets keyed from {@code first}. */
    private static byte[] dayOf(int first, int count) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("{\"Key\":\"").append(first + i)
                    .append("\",\"ActualDate\":20261203,\"Date\":20261203,\"Orders\":[]}");
        }
        return body.append("]").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A transport answering each centre's day, counting the bytes read and the bodies released. */
    private static final class CountingTransport implements TrivecTransport {
        final List<String> centres = new ArrayList<>();
        final AtomicLong read = new AtomicLong();
        final AtomicInteger closed = new AtomicInteger();

        @Override
        public TransportResponse get(TransportRequest request) {
            String query = request.uri().getQuery();
            String centre = query.contains("center=") ? query.substring(query.indexOf("center=") + 7) : "";
            centres.add(centre);
            byte[] day = dayOf(centre.isEmpty() ? 1000 : Integer.parseInt(centre) * 10_000, 2000);
            return new TransportResponse(200, Map.of(), new FilterInputStream(new ByteArrayInputStream(day)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, Math.min(len, 1024));
                    read.addAndGet(Math.max(n, 0));
                    return n;
                }

                private boolean done;

                @Override
                public void close() throws IOException {
                    closed.addAndGet(done ? 0 : 1);
                    done = true;
                    super.close();
                }
            });
        }
    }

    private static TrivecClient client(TrivecTransport transport) {
        return TrivecClient.builder().site("ABCDEFGHIJKL123").appId(GatewayStubs.KEY).transport(transport)
                .minInterval(Duration.ZERO).build();
    }

    @Test
    void theStream_throughItsIterator_readsOnlyTheTicketsItHandsOut() {
        CountingTransport transport = new CountingTransport();
        int size = dayOf(1000, 2000).length;

        try (Stream<Ticket> tickets = client(transport).streamTicketsOfDay(DAY, TicketQuery.billedOnly())) {
            Iterator<Ticket> it = tickets.iterator();
            assertThat(it.next().key()).isEqualTo("1000");
            assertThat(transport.read.get()).as("bytes read for the first ticket, of %s", size)
                    .isLessThan(size / 2);
        }
        assertThat(transport.closed.get()).isEqualTo(1);
    }

    @Test
    void aStreamOverSeveralCentres_sendsEachRequestOnceTheTicketsBeforeItAreConsumed_andClosesEveryBody() {
        CountingTransport transport = new CountingTransport();
        TicketQuery twoCentres = TicketQuery.billedOnly().withCenters(List.of("7", "8"));

        try (Stream<Ticket> tickets = client(transport).streamTicketsOfDay(DAY, twoCentres)) {
            Iterator<Ticket> it = tickets.iterator();
            assertThat(transport.centres).isEmpty();
            assertThat(it.next().key()).isEqualTo("70000");
            assertThat(transport.centres).containsExactly("7");
            for (int i = 1; i < 2000; i++) {
                it.next();
            }
            assertThat(it.next().key()).isEqualTo("80000");
            assertThat(transport.centres).containsExactly("7", "8");
            assertThat(transport.closed.get()).as("the first centre's body, read to its end").isEqualTo(1);
        }
        assertThat(transport.closed.get()).isEqualTo(2);

        try (Stream<Ticket> tickets = client(transport).streamTicketsOfDay(DAY, twoCentres)) {
            assertThat(tickets.map(Ticket::key).toList()).hasSize(4000).startsWith("70000").endsWith("81999");
        }
        assertThat(transport.closed.get()).isEqualTo(4);
    }

    /**
     * Centres 7 and 9 answer a day of 3 tickets; centre 8 answers {@code failing}. A caller that catches the failure
     * and goes on iterating must not get centre 9's tickets as if centre 8 had none.
     */
    private static void aFailedCentre_failsTheStreamForGood(byte[] failing, int failingStatus) {
        List<String> centres = new ArrayList<>();
        TrivecTransport transport = request -> {
            String centre = request.uri().getQuery().replaceAll(".*center=", "");
            centres.add(centre);
            return centre.equals("8") ? new TransportResponse(failingStatus, Map.of(), new ByteArrayInputStream(failing))
                    : new TransportResponse(200, Map.of(), new ByteArrayInputStream(dayOf(
                            Integer.parseInt(centre) * 10_000, 3)));
        };
        TicketQuery threeCentres = TicketQuery.billedOnly().withCenters(List.of("7", "8", "9"));

        try (Stream<Ticket> tickets = client(transport).streamTicketsOfDay(DAY, threeCentres)) {
            Iterator<Ticket> it = tickets.iterator();
            List<String> seen = new ArrayList<>();
            Throwable first = null;
            for (int advances = 0; advances < 10; advances++) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    seen.add(it.next().key());
                } catch (TrivecException e) {
                    first = first == null ? e : first;
                    assertThat(e).as("every advance after the failure").isSameAs(first);
                }
            }

            assertThat(first).as("the failure of centre 8").isNotNull();
            assertThat(seen).doesNotContain("90000", "90001", "90002");
            assertThat(centres).doesNotContain("9");
        }
    }

    @Test
    void aCentreWhoseRequestFails_failsEveryLaterAdvanceOfTheStream_neverSkipsToTheNextCentre() {
        aFailedCentre_failsTheStreamForGood("{\"title\":\"bad\"}".getBytes(StandardCharsets.UTF_8), 400);
    }

    @Test
    void aCentreWhoseBodyIsCutOff_failsEveryLaterAdvanceOfTheStream_neverSkipsToTheNextCentre() {
        byte[] day = dayOf(80_000, 3);
        aFailedCentre_failsTheStreamForGood(Arrays.copyOf(day, day.length * 2 / 3), 200);
    }

    @Test
    void aTruncatedDay_failsTheStream_neverEndsItQuietly() throws IOException {
        String body = fixture();
        wm.stubFor(get(urlPathEqualTo("/ticket/day.json/20250301")).willReturn(json(200,
                body.substring(0, body.length() * 2 / 3))));
        List<Ticket> seen = new ArrayList<>();

        assertThatThrownBy(() -> client().forEachTicketOfDay(LocalDate.of(2025, 3, 1), TicketQuery.billedOnly(),
                seen::add)).isInstanceOf(TrivecMalformedResponseException.class);
        assertThat(seen).hasSizeLessThan(4);
    }

    @Test
    void routesAndFlags_areTheDocumentedOnes() {
        wm.stubFor(get(urlPathEqualTo("/ticket/day.json/20250301")).willReturn(json(200, "[]")));

        client().ticketsOfDay(LocalDate.of(2025, 3, 1), TicketQuery.billedOnly().withInternal(true)
                .withTraining(true).withFreeAddons(true).withCenters(List.of("7700000000001")));

        wm.verify(getRequestedFor(urlPathEqualTo("/ticket/day.json/20250301"))
                .withQueryParam("IncOpen", com.github.tomakehurst.wiremock.client.WireMock.equalTo("false"))
                .withQueryParam("IncInternal", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true"))
                .withQueryParam("IncTraining", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true"))
                .withQueryParam("IncFreeAddons", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true"))
                .withQueryParam("center", com.github.tomakehurst.wiremock.client.WireMock.equalTo("7700000000001")));
    }
}
