package io.cellarsync.trivec;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.cellarsync.trivec.GatewayStubs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The default transport never offers a cleartext server the HTTP/2 upgrade ({@code Upgrade: h2c}): when a server
 * accepts it, the JDK 17 client now and then overwrites the tail of the first DATA frame with later bytes, and a
 * correct day is read as malformed JSON ("was expecting a colon to separate field name and value"), about once in a
 * thousand calls. WireMock, like the testkit's simulator did, accepts the upgrade.
 */
class CleartextHttp2UpgradeTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void thisServer_acceptsTheUpgrade_fromAPlainJdkClient() throws Exception {
        // The premise of the test below: with HTTP/2 allowed, a JDK client would upgrade this connection.
        wm.stubFor(get(urlPathEqualTo("/probe")).willReturn(json(200, "[]")));

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(wm.baseUrl() + "/probe")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
    }

    @Test
    void aCleartextRequest_goesOutAsHttp11_withoutTheH2cUpgrade() {
        wm.stubFor(get(urlPathEqualTo("/ticket/day.json/20261203"))
                .willReturn(json(200, "[{\"Key\":\"1\"},{\"Key\":\"2\"}]")));

        List<Ticket> tickets = GatewayStubs.client(wm, new FakeTime()).build().ticketsOfDay(DAY);

        assertThat(tickets).extracting(Ticket::key).containsExactly("1", "2");
        wm.verify(1, getRequestedFor(urlPathEqualTo("/ticket/day.json/20261203")).withoutHeader("Upgrade")
                .withoutHeader("HTTP2-Settings"));
    }
}
