package io.cellarsync.trivec.testkit;

import static io.cellarsync.trivec.testkit.RawHttp.get;
import static io.cellarsync.trivec.testkit.RawHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.testkit.RawHttp.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A query holding a malformed percent-escape (a {@code %} not followed by two hexadecimal digits) got WireMock's
 * HTTP 500 HTML page naming a Java exception, thrown while WireMock logged the request, before the simulator's
 * transformer ran; a client that retries 500s (the project's own does) read a partner's malformed URL as a gateway
 * outage. It gets 400 problem-details naming the parameter when it can be told, never a value. The requests are
 * written by hand on a socket: {@code java.net.URI} refuses these URLs, and a client would re-encode them.
 */
class MalformedPercentEscapeTest {

    @RegisterExtension
    static GatewaySimulatorExtension gateway = new GatewaySimulatorExtension(SimulatorConfig.defaults());

    private static final String FLAGS = "IncOpen=false&IncInternal=false&IncTraining=false&IncFreeAddons=false";

    @Test
    void aMalformedEscapeInTheKeysValue_is400NamingAppid_neverTheKeysText(GatewaySimulator simulator)
            throws Exception {
        String key = simulator.appId();
        for (String sent : List.of("%zz", key + "%zz", "%zz" + key, key.substring(0, 10) + "%G" + key.substring(10),
                key + "%4", key + "%", "%x" + key)) {
            Answer answer = get(simulator, "/ticket/day.json/20261130?appid=" + sent + "&" + FLAGS);

            assertThat(answer.status()).as(sent).isEqualTo(400);
            assertIsAMalformedEscapeProblem(answer, "appid");
            assertThat(answer.body()).as(sent).doesNotContain(sent, key, key.substring(0, 10), key.substring(10));
        }
    }

    @Test
    void aMalformedEscapeInAnotherParametersValue_is400NamingThatParameter(GatewaySimulator simulator)
            throws Exception {
        String day = "/ticket/day.json/20261130?appid=" + simulator.appId() + "&";
        assertIsAMalformedEscapeProblem(get(simulator, day + FLAGS + "&user=%zz7"), "user");
        assertIsAMalformedEscapeProblem(get(simulator, day + FLAGS + "&center=10%4G&user=7"), "center");
        assertIsAMalformedEscapeProblem(get(simulator, day + "IncOpen=tr%ue&IncInternal=false"), "IncOpen");
        assertIsAMalformedEscapeProblem(get(simulator, "/users.json?appid=" + simulator.appId() + "&x=%+1"), "x");
        Answer encodedName = get(simulator, day + FLAGS + "&%75ser=%%37");
        assertIsAMalformedEscapeProblem(encodedName, "user");
        assertThat(encodedName.body()).doesNotContain("%%37", simulator.appId());
    }

    @Test
    void aMalformedEscapeInAParametersName_is400_namingItsPlace_notItsText(GatewaySimulator simulator)
            throws Exception {
        String day = "/ticket/day.json/20261130?appid=" + simulator.appId() + "&";
        for (String query : List.of(FLAGS + "&us%zzer=7", FLAGS + "&us%er=7", FLAGS + "&user%", FLAGS + "&=%zz")) {
            Answer answer = get(simulator, day + query);

            assertIsAMalformedEscapeProblem(answer, "query");
            assertThat(problem(answer).get("errors").get("query").get(0).asText()).as(query)
                    .contains("parameter 6");
            assertThat(answer.body()).as(query).doesNotContain("us%", "user", "%zz", simulator.appId());
        }
        // the first malformed parameter is the one named, a malformed key's value included
        Answer keyFirst = get(simulator, "/users.json?appid=" + simulator.appId() + "%&us%er=1");
        assertIsAMalformedEscapeProblem(keyFirst, "appid");
        assertThat(keyFirst.body()).doesNotContain(simulator.appId());
    }

    @Test
    void aTrailingPercent_is400NamingTheParameter(GatewaySimulator simulator) throws Exception {
        String day = "/ticket/day.json/20261130?appid=" + simulator.appId() + "&";
        assertIsAMalformedEscapeProblem(get(simulator, day + FLAGS + "&user=7%"), "user");
        assertIsAMalformedEscapeProblem(get(simulator, day + FLAGS + "&user=%"), "user");
        assertIsAMalformedEscapeProblem(get(simulator, day + FLAGS + "&center=100%4"), "center");
        assertIsAMalformedEscapeProblem(get(simulator, day + "IncOpen=false%&IncInternal=false"), "IncOpen");
    }

    /** Checked before anything else: whatever the route, the method, or a fault injected, which it leaves. */
    @Test
    void aMalformedEscape_is400OnAnyRouteAndMethod_andLeavesAnInjectedFault(GatewaySimulator simulator)
            throws Exception {
        assertIsAMalformedEscapeProblem(get(simulator, "/no/such/route?appid=" + simulator.appId() + "&a=%zz"), "a");
        assertIsAMalformedEscapeProblem(get(simulator, "/__admin/requests?a=%zz"), "a");
        assertIsAMalformedEscapeProblem(send(simulator, "DELETE", "/users.json?appid=%"), "appid");
        assertThat(send(simulator, "HEAD", "/users.json?appid=%").status()).isEqualTo(400);

        simulator.injectFault(Fault.SERVICE_UNAVAILABLE, 1);
        assertIsAMalformedEscapeProblem(get(simulator, "/users.json?appid=%zz"), "appid");
        assertThat(get(simulator, "/users.json?appid=" + simulator.appId()).status()).isEqualTo(503);
        assertThat(get(simulator, "/users.json?appid=" + simulator.appId()).status()).isEqualTo(200);
    }

    @Test
    void aWellFormedEncodedQuery_isServedAsBefore(GatewaySimulator simulator) throws Exception {
        LocalDate day = simulator.days().get(0);
        String centre = "1000000000001";
        StringBuilder encodedCentre = new StringBuilder();
        for (char c : centre.toCharArray()) {
            encodedCentre.append('%').append(Integer.toHexString(c));
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                simulator.baseUri() + "/ticket/day.json/" + day.toString().replace("-", "") + "?%61ppid="
                        + simulator.appId() + "&Inc%4Fpen=true&IncInternal=false&IncTraining=false"
                        + "&IncFreeAddons=false&center=" + encodedCentre))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(new String(simulator.dayJson(day, new TicketQuery(true, false, false,
                false, List.of(centre), "")), StandardCharsets.UTF_8));
        // a literal percent, written %25, is a well-formed escape
        assertThat(get(simulator, "/users.json?appid=" + simulator.appId() + "&note=100%25").status())
                .isEqualTo(200);
        assertThat(simulator.requestedUrls()).noneMatch(url -> url.contains(simulator.appId()));
    }

    private static void assertIsAMalformedEscapeProblem(Answer answer, String parameter) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContain("<html", "wiremock",
                "jetty", "java.");
        JsonNode problem = problem(answer);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("One or more validation errors occurred.");
        assertThat(problem.get("type").asText()).isEqualTo("https://tools.ietf.org/html/rfc7231#section-6.5.1");
        assertThat(problem.get("errors").fieldNames()).toIterable().containsExactly(parameter);
        assertThat(problem.get("errors").get(parameter).get(0).asText()).contains("malformed percent-escape",
                "two hexadecimal digits", "%25");
    }

    private static JsonNode problem(Answer answer) throws Exception {
        return new ObjectMapper().readTree(answer.body());
    }
}
