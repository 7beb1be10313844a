package io.cellarsync.trivec.testkit;

import static io.cellarsync.trivec.testkit.RawHttp.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cellarsync.trivec.testkit.RawHttp.Answer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A review: the 400 for a bad flag value ({@code IncOpen=...}) and the 400 for a bad date in the route repeated the
 * value sent, so a partner who pasted their key into the wrong parameter got it back in a body that tests often log.
 * Every 400 tells a refused value by its length and the first character that is not an ASCII letter or digit, never
 * the value. The 404 for an unknown route echoes the URI as the gateway does, but a key other than the public test
 * key is shown as {@code ***}.
 */
class KeyNeverEchoedTest {

    @RegisterExtension
    static GatewaySimulatorExtension gateway = new GatewaySimulatorExtension(SimulatorConfig.defaults());

    /** A partner's own key, in the gateway's format (32 hexadecimal digits). */
    private static final String OWN_KEY = "0123456789abcdef0123456789abcdef";

    private static final String FLAGS = "IncOpen=false&IncInternal=false&IncTraining=false&IncFreeAddons=false";

    @Test
    void aKeyPastedIntoAFlag_is400NamingTheFlag_itsLengthAndWhatIsAccepted_neverTheKey(GatewaySimulator simulator)
            throws Exception {
        String key = simulator.appId();
        String day = "/ticket/day.json/" + date(simulator) + "?appid=" + key;
        for (String flag : List.of("IncOpen", "IncInternal", "IncTraining", "IncFreeAddons")) {
            Answer answer = get(simulator, day + "&" + FLAGS.replace(flag + "=false", flag + "=" + key));

            assertThat(answer.status()).as(flag).isEqualTo(400);
            assertNeverShows(answer, key);
            assertThat(message(answer, flag)).isEqualTo("The value of '" + flag + "' (32 characters) is not true or"
                    + " false; use true or false (in any case).");
        }
        Answer spaced = get(simulator, day + "&" + FLAGS.replace("IncOpen=false", "IncOpen=" + key + "%20"));
        assertNeverShows(spaced, key);
        assertThat(message(spaced, "IncOpen")).isEqualTo("The value of 'IncOpen' (33 characters) is not true or"
                + " false: its character 33 (U+0020) is not one of A-Z, a-z, 0-9; use true or false (in any case).");
    }

    @Test
    void aKeyInTheRoutesDate_is400NamingTheDate_itsLengthAndWhatIsAccepted_neverTheKey(GatewaySimulator simulator)
            throws Exception {
        String key = simulator.appId();
        for (String date : List.of(key, key + "-1", "2026-11-30", key.substring(0, 8) + "x")) {
            Answer answer = get(simulator, "/ticket/day.json/" + date + "?appid=" + key + "&" + FLAGS);

            assertThat(answer.status()).as(date).isEqualTo(400);
            assertNeverShows(answer, key);
            assertThat(answer.body()).as(date).doesNotContain(date);
            assertThat(message(answer, "date")).as(date).startsWith("The date of the route (" + date.length()
                    + " characters) is not a day written yyyyMMdd").endsWith("give the day as yyyyMMdd, eight digits"
                    + " (20261130), without separators, offset or time.");
        }
        assertThat(message(get(simulator, "/ticket/day.json/2026-11-30?appid=" + key), "date"))
                .contains("(10 characters)", "its character 5 (U+002D) is not one of A-Z, a-z, 0-9");
        assertThat(message(get(simulator, "/ticket/day.json/20260230?appid=" + key), "date"))
                .isEqualTo("The date of the route (8 digits) is not a day of the calendar: give a month 01 to 12 and"
                        + " a day that month has, as yyyyMMdd (20261130).");
        assertThat(message(get(simulator, "/ticket/day.json/?appid=" + key), "date"))
                .startsWith("The date of the route is empty: give the day as yyyyMMdd");
    }

    /** Every 400 of {@code ticket/day.json}, the key sent in each place a value is refused: none echoes it. */
    @Test
    void no400_echoesAKeySentInTheWrongPlace(GatewaySimulator simulator) throws Exception {
        String key = simulator.appId();
        String day = "/ticket/day.json/" + date(simulator) + "?appid=" + key + "&";
        for (String target : List.of(day + FLAGS.replace("IncTraining=false", "IncTraining=" + key),
                "/ticket/day.json/" + key + "?appid=" + key, day + FLAGS + "&center=" + key + "%2C1",
                day + FLAGS + "&user=%20" + key, day + FLAGS + "&x=" + key + "%zz", day + FLAGS + "&appid=" + key)) {
            Answer answer = get(simulator, target);

            assertThat(answer.status()).as(target).isEqualTo(400);
            assertNeverShows(answer, key);
        }
    }

    /**
     * The two 400s that name a parameter as sent (a repeated one, one with a malformed escape in its value) do not
     * name one whose name holds the key (a query built as {@code "&" + key + "=..."}).
     */
    @Test
    void no400_namesAParameterWhoseNameHoldsTheKey(GatewaySimulator simulator) throws Exception {
        String key = simulator.appId();
        String users = "/users.json?appid=" + key + "&";
        for (String target : List.of(users + key + "=%zz", users + "my" + key + "=1%", users + key + "=1&" + key + "=2",
                users + key.toUpperCase(Locale.ROOT) + "&" + key)) {
            Answer answer = get(simulator, target);

            assertThat(answer.status()).as(target).isEqualTo(400);
            assertNeverShows(answer, key);
            assertThat(message(answer, "query")).as(target).contains("the key");
        }
    }

    /**
     * The unknown route's 404 echoes the URI, as the gateway does (notes §9): with the public test key, as sent, so a
     * partner's test can prove its logging redacts the gateway's error bodies; never another key.
     */
    @Test
    void theUnknownRoutes404_echoesThePublicTestKey_butShowsAnyOtherKeyAsStars(GatewaySimulator simulator)
            throws Exception {
        Answer publicKey = get(simulator, "/catalog/nosuch.json?appid=" + SimulatorConfig.DEFAULT_APP_ID);
        assertThat(publicKey.status()).isEqualTo(404);
        assertThat(message404(publicKey)).endsWith("/catalog/nosuch.json?appid=" + SimulatorConfig.DEFAULT_APP_ID
                + "'.");

        simulator.injectFault(Fault.NOT_FOUND, 2);
        Answer wrongKey = get(simulator, "/users.json?AppId=" + OWN_KEY + "&x=1");
        assertThat(wrongKey.status()).isEqualTo(404);
        assertThat(message404(wrongKey)).endsWith("/users.json?AppId=***&x=1'.");
        assertThat(message404(get(simulator, "/users.json?%61ppid=" + OWN_KEY))).endsWith("/users.json?%61ppid=***'.");
    }

    @Test
    void aSimulatorOnAPartnersOwnKey_neverEchoesItIn404() throws Exception {
        try (GatewaySimulator own = GatewaySimulator.start(SimulatorConfig.defaults().withAppId(OWN_KEY))) {
            Answer unknown = get(own, "/catalog/nosuch.json?appid=" + OWN_KEY + "&IncOpen=" + OWN_KEY);
            assertThat(unknown.status()).isEqualTo(404);
            assertNeverShows(unknown, OWN_KEY);
            assertThat(message404(unknown)).endsWith("/catalog/nosuch.json?appid=***&IncOpen=***'.");

            Answer inPath = get(own, "/catalog/" + OWN_KEY + ".json?appid=" + OWN_KEY);
            assertThat(inPath.status()).isEqualTo(404);
            assertNeverShows(inPath, OWN_KEY);
            assertThat(message404(inPath)).endsWith("/catalog/***.json?appid=***'.");

            own.injectFault(Fault.NOT_FOUND, 1);
            Answer fault = get(own, "/users.json?appid=" + OWN_KEY);
            assertThat(fault.status()).isEqualTo(404);
            assertNeverShows(fault, OWN_KEY);
            // the admin API, closed, answers the same 404
            Answer admin = get(own, "/__admin/requests?appid=" + OWN_KEY);
            assertThat(admin.status()).isEqualTo(404);
            assertNeverShows(admin, OWN_KEY);
        }
    }

    /**
     * A review: on a simulator with a private key, the 404 redacted the key only as written, so
     * {@code /nope/%53ecret12345.json?appid=Secret12345&x=%53ecret12345} echoed {@code %53ecret12345}, which decodes
     * to the key. The key is redacted however its characters are written: literally or percent-encoded (upper or lower
     * hexadecimal digits), in the path or the query, in a name or a value, its letters in any case (as a name holding
     * the key is not shown by a 400); so is it in {@code requestedUrls()}.
     */
    @Test
    void aPercentEncodedKey_isRedactedIn404AndInRequestedUrls_whereverItIs() throws Exception {
        String key = "Secret12345";
        List<String> encodings = List.of("%53ecret12345", "S%65cret12345", "s%45CRET12345", "%73ecre%74%31%32345",
                "%53%65%63%72%65%74%31%32%33%34%35", "%53%65%63%72%65%74%31%32%33%34%35".toLowerCase(Locale.ROOT));
        try (GatewaySimulator own = GatewaySimulator.start(SimulatorConfig.defaults().withAppId(key)
                .withTicketsPerDay(2))) {
            Answer review = get(own, "/nope/%53ecret12345.json?appid=" + key + "&x=%53ecret12345");
            assertThat(review.status()).isEqualTo(404);
            assertThat(message404(review)).endsWith("/nope/***.json?appid=***&x=***'.");

            for (String encoded : encodings) {
                Answer answer = get(own, "/nope/" + encoded + ".json?appid=" + key + "&" + encoded + "=1&y=a"
                        + encoded + "b");
                assertThat(answer.status()).as(encoded).isEqualTo(404);
                assertThat(message404(answer)).as(encoded).endsWith("/nope/***.json?appid=***&***=1&y=a***b'.");
            }
            assertThat(own.requestedUrls()).hasSize(encodings.size() + 1)
                    .allSatisfy(url -> assertThat(url).matches("/nope/\\*\\*\\*\\.json\\?appid=\\*\\*\\*&.*")
                            .doesNotContainIgnoringCase("ecret").doesNotContain("%53", "%73", "12345"));
        }
    }

    private static void assertNeverShows(Answer answer, String key) {
        assertThat(answer.body()).as(answer.body()).doesNotContain(key, key.substring(0, 16), key.substring(16));
    }

    private static String date(GatewaySimulator simulator) {
        return simulator.days().get(0).toString().replace("-", "");
    }

    private static String message(Answer answer, String field) throws Exception {
        JsonNode problem = new ObjectMapper().readTree(answer.body());
        assertThat(problem.get("status").asInt()).as(answer.body()).isEqualTo(400);
        assertThat(problem.get("errors").fieldNames()).toIterable().as(answer.body()).containsExactly(field);
        return problem.get("errors").get(field).get(0).asText();
    }

    private static String message404(Answer answer) throws Exception {
        JsonNode error = new ObjectMapper().readTree(answer.body());
        assertThat(error.get("$type").asText()).isEqualTo("System.Web.Http.HttpError, System.Web.Http");
        return error.get("Message").asText();
    }
}
