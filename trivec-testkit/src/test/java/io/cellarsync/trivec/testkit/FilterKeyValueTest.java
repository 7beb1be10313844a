package io.cellarsync.trivec.testkit;

import static io.cellarsync.trivec.testkit.RawHttp.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.testkit.RawHttp.Answer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A well-formed {@code center} or {@code user} of {@code ticket/day.json} that is not a key ({@code center=x%20y},
 * {@code user=%25}, {@code user=-1}, a control character, a non-ASCII letter) got an HTTP 500 HTML page naming a Java
 * exception: the transformer built the client's {@link TicketQuery}, which refused the value. A client that retries
 * 500s (the project's own does) read a partner's bad parameter as a gateway outage. It gets 400 problem-details
 * naming the parameter and what is accepted, never the value (it may hold the key). The requests are written by hand
 * (see {@link RawHttp}) so that nothing re-encodes them.
 */
class FilterKeyValueTest {

    @RegisterExtension
    static GatewaySimulatorExtension gateway = new GatewaySimulatorExtension(SimulatorConfig.defaults());

    private static final String FLAGS = "IncOpen=true&IncInternal=true&IncTraining=false&IncFreeAddons=false";

    /** Each value as sent, percent-encoded, and the first character of it that is not a letter or digit. */
    private static Map<String, String> notKeys() {
        Map<String, String> notKeys = new LinkedHashMap<>();
        notKeys.put("x%20y", "character 2 (U+0020)");
        notKeys.put("x+y", "character 2 (U+0020)");
        notKeys.put("%25", "character 1 (U+0025)");
        notKeys.put("-1", "character 1 (U+002D)");
        notKeys.put("%2B1", "character 1 (U+002B)");
        notKeys.put("12.5", "character 3 (U+002E)");
        notKeys.put("1%2C2", "character 2 (U+002C)");
        notKeys.put("%00", "character 1 (U+0000)");
        notKeys.put("77%0A", "character 3 (U+000A)");
        notKeys.put("%7F", "character 1 (U+007F)");
        notKeys.put("caf%C3%A9", "character 4 (U+00E9)");
        notKeys.put("%E2%82%AC", "character 1 (U+20AC)");
        notKeys.put("%EF%BC%91", "character 1 (U+FF11)"); // a full-width digit one
        notKeys.put("a%F0%9F%8D%B7b", "character 2 (U+1F377)"); // a wine glass, two UTF-16 units
        notKeys.put("%ff", "character 1 (U+FFFD)"); // not UTF-8: decoded as the replacement character
        notKeys.put("1".repeat(3000) + "%20", "character 3001 (U+0020)");
        notKeys.put("a" + "%20".repeat(1000), "character 2 (U+0020)");
        return notKeys;
    }

    @Test
    void aCentreThatIsNotAKey_is400NamingCenter_andWhatIsAccepted(GatewaySimulator simulator) throws Exception {
        String day = dayUrl(simulator);
        notKeys().forEach((sent, character) -> {
            for (String name : List.of("center", "Center", "CENTER")) {
                Answer answer = call(simulator, day + "&" + name + "=" + sent);
                assertIsANotAKeyProblem(answer, "center", name + "=" + sent);
                assertThat(message(answer, "center")).as(sent).contains(character, "centers.json", "7700000000001",
                        "leave 'center' out for every centre");
            }
        });
    }

    @Test
    void aUserThatIsNotAKey_is400NamingUser_andWhatIsAccepted(GatewaySimulator simulator) throws Exception {
        String day = dayUrl(simulator);
        notKeys().forEach((sent, character) -> {
            for (String name : List.of("user", "User", "USER")) {
                Answer answer = call(simulator, day + "&" + name + "=" + sent);
                assertIsANotAKeyProblem(answer, "user", name + "=" + sent);
                assertThat(message(answer, "user")).as(sent).contains(character, "users.json", "14000000000001",
                        "leave 'user' out for every user");
            }
        });
    }

    /** The value is never echoed: a partner who put the key in the wrong parameter does not get it back. */
    @Test
    void theAnswer_neverEchoesTheValue_whichMayHoldTheKey(GatewaySimulator simulator) throws Exception {
        String key = simulator.appId();
        for (String query : List.of("center=" + key + "%20", "user=" + key + "-", "user=%20" + key,
                "center=" + key + "&user=" + key + "%2E")) {
            Answer answer = get(simulator, dayUrl(simulator) + "&" + query);

            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.body()).as(query).doesNotContain(key, key.substring(0, 10), key.substring(10));
        }
        assertThat(get(simulator, dayUrl(simulator) + "&user=x%20y").body()).doesNotContain("x y", "x%20y");
    }

    /** Checked after the key (401 first, as for the other parameters), then the date, then the flags. */
    @Test
    void aBadCentre_isCheckedAfterTheKeyTheDateAndTheFlags(GatewaySimulator simulator) throws Exception {
        String day = simulator.days().get(0).toString().replace("-", "");
        assertThat(get(simulator, "/ticket/day.json/" + day + "?appid=wrong&center=x%20y").status()).isEqualTo(401);
        assertThat(problem(get(simulator, "/ticket/day.json/20260230?appid=" + simulator.appId()
                + "&center=x%20y")).get("errors").has("date")).isTrue();
        assertThat(problem(get(simulator, "/ticket/day.json/" + day + "?appid=" + simulator.appId()
                + "&IncOpen=yes&center=x%20y")).get("errors").has("IncOpen")).isTrue();
        assertThat(problem(get(simulator, dayUrl(simulator) + "&user=%25&center=x%20y")).get("errors")
                .fieldNames()).toIterable().containsExactly("center");
    }

    /** Letters and digits, the keys the client sends, are served as before, whatever their length. */
    @Test
    void aKeyOfLettersAndDigits_isServed_evenOneThatMatchesNothing(GatewaySimulator simulator) throws Exception {
        LocalDate first = simulator.days().get(0);
        TicketQuery everything = new TicketQuery(true, true, false, false, List.of(), "");

        Answer centre = get(simulator, dayUrl(simulator) + "&center=7700000000001");
        assertThat(centre.status()).isEqualTo(200);
        assertThat(centre.body()).isEqualTo(body(simulator, first, everything.withCenters(List.of("7700000000001"))));
        assertThat(centre.body()).contains("7700000000001");
        // user 0 is the user of the open tickets (notes §5), which come with every day when IncOpen=true
        Answer openTabs = get(simulator, dayUrl(simulator) + "&user=0");
        assertThat(openTabs.status()).isEqualTo(200);
        assertThat(openTabs.body()).isEqualTo(body(simulator, first, everything.withUser("0"))).contains("10101");
        for (String key : List.of("99999999999999999999999999999", "1".repeat(3000), "abcXYZ")) {
            assertThat(get(simulator, dayUrl(simulator) + "&center=" + key + "&user=" + key).body()).isEqualTo("[]");
        }
    }

    /**
     * An empty filter ({@code center=}, or the name without {@code =}) reads as no filter, as before. What the gateway
     * does with one is unknown; ASP.NET binds an empty string parameter as null by default, most likely no filter (an
     * empty flag is refused: a boolean has no empty value).
     */
    @Test
    void anEmptyCentreOrUser_readsAsNoFilter(GatewaySimulator simulator) throws Exception {
        String everything = body(simulator, simulator.days().get(0), new TicketQuery(true, true, false, false,
                List.of(), ""));
        for (String query : List.of("center=", "center", "USER=", "user", "center=&user=")) {
            Answer answer = get(simulator, dayUrl(simulator) + "&" + query);

            assertThat(answer.status()).as(query).isEqualTo(200);
            assertThat(answer.body()).as(query).isEqualTo(everything);
        }
    }

    /** Other routes read neither parameter, as before: a bad one there is not looked at. */
    @Test
    void otherRoutes_ignoreCentreAndUser(GatewaySimulator simulator) throws Exception {
        assertThat(get(simulator, "/users.json?appid=" + simulator.appId() + "&center=x%20y&user=%25").status())
                .isEqualTo(200);
        assertThat(get(simulator, "/account/info.json/4400000000000001?appid=" + simulator.appId() + "&user=-1")
                .status()).isEqualTo(200);
    }

    private static String dayUrl(GatewaySimulator simulator) {
        return "/ticket/day.json/" + simulator.days().get(0).toString().replace("-", "") + "?appid="
                + simulator.appId() + "&" + FLAGS;
    }

    private static String body(GatewaySimulator simulator, LocalDate day, TicketQuery query) {
        return new String(simulator.dayJson(day, query), StandardCharsets.UTF_8);
    }

    private static Answer call(GatewaySimulator simulator, String target) {
        try {
            return get(simulator, target);
        } catch (Exception e) {
            throw new AssertionError(target, e);
        }
    }

    static void assertIsANotAKeyProblem(Answer answer, String parameter, String sent) {
        assertThat(answer.status()).as(sent + " -> " + answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).as(sent).isEqualTo("application/json; charset=utf-8");
        assertThat(answer.body()).as(sent).doesNotContainIgnoringCase("exception").doesNotContain("<html",
                "wiremock", "jetty", "java.");
        JsonNode problem = problem(answer);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("One or more validation errors occurred.");
        assertThat(problem.get("type").asText()).isEqualTo("https://tools.ietf.org/html/rfc7231#section-6.5.1");
        assertThat(problem.get("errors").fieldNames()).toIterable().as(sent).containsExactly(parameter);
        assertThat(message(answer, parameter)).as(sent).contains("The value of '" + parameter + "'",
                "letters A-Z, a-z and digits 0-9 only");
    }

    static String message(Answer answer, String parameter) {
        return problem(answer).get("errors").get(parameter).get(0).asText();
    }

    static JsonNode problem(Answer answer) {
        try {
            return new ObjectMapper().readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError(answer.body(), e);
        }
    }
}
