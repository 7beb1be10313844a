package io.cellarsync.trivec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/** Shared WireMock helpers for the client's tests. */
final class GatewayStubs {

    static final String KEY = "0123456789abcdef0123456789abcdef";
    /** nextDouble() == 0.5: jitter spreads by exactly nothing, so backoffs are predictable. */
    static final RandomGenerator NO_JITTER = () -> Long.MIN_VALUE;

    private GatewayStubs() {}

    static TrivecClientBuilder client(WireMockExtension wm, FakeTime time) {
        return TrivecClient.builder().site(TrivecSite.atBaseUri("SHOP1", URI.create(wm.baseUrl()))).appId(KEY)
                .clock(time).sleeper(time).random(NO_JITTER).minInterval(Duration.ZERO);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Answers the given responses in turn, then the last one forever. */
    static void inTurn(WireMockExtension wm, String path, List<ResponseDefinitionBuilder> answers) {
        for (int i = 0; i < answers.size(); i++) {
            String state = i == 0 ? Scenario.STARTED : "answer " + i;
            wm.stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(state)
                    .willReturn(answers.get(i))
                    .willSetStateTo(i + 1 < answers.size() ? "answer " + (i + 1) : state));
        }
    }
}
