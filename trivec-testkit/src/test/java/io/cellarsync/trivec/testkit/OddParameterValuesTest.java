package io.cellarsync.trivec.testkit;

import static io.cellarsync.trivec.testkit.RawHttp.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.trivec.testkit.RawHttp.Answer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every parameter the simulator reads, on every route, with odd but well-encoded values (empty, a space, {@code %25},
 * non-ASCII, control characters, huge and negative numbers, a day that does not exist): each gets the gateway's answer
 * (200, 400 problem-details, 401, 404), never a 500 from inside the simulator. {@code center} and {@code user} are in
 * {@link FilterKeyValueTest}, the only ones that got a 500.
 */
class OddParameterValuesTest {

    @RegisterExtension
    static GatewaySimulatorExtension gateway = new GatewaySimulatorExtension(SimulatorConfig.defaults());

    @Test
    void oddValuesOfTheDateTheFlagsAndTheKey_getTheGatewaysAnswer_never500(GatewaySimulator simulator)
            throws Exception {
        String key = "?appid=" + simulator.appId();
        String day = "/ticket/day.json/20261130" + key;
        Map<String, Integer> expected = new LinkedHashMap<>();
        // the route's date: eight ASCII digits of a day that exists
        for (String date : new String[] {"20260230", "20261301", "00000000", "20261131", "%32%30%32%36%31%31%33%30",
                "2026%2011%2030", "-2026113", "2026113", "202611300", "99999999999", "%EF%BC%92%EF%BC%90261130", ""}) {
            expected.put("/ticket/day.json/" + date + key, 400);
        }
        expected.put("/ticket/day.json/00010101" + key, 200); // a day not served: its open tickets only, if asked
        expected.put("/ticket/day.json/99991231" + key, 200);
        // the flags: true or false in any case
        for (String value : new String[] {"", "%20", "%20true", "%25", "0", "1", "-1", "99999999999999999999", "yes",
                "tru%C3%A9", "%00", "true%0A", "%E2%80%8Btrue"}) {
            expected.put(day + "&IncOpen=" + value, 400);
            expected.put(day + "&incfreeaddons=" + value, 400);
        }
        expected.put(day + "&IncOpen=TRUE&IncInternal=False&IncTraining=tRuE&IncFreeAddons=false", 200);
        // the key: any other value is 401, on every route
        for (String value : new String[] {"", "%20", "%25", "%C3%A9", "%00", simulator.appId() + "%20",
                "%20" + simulator.appId(), simulator.appId().toUpperCase(Locale.ROOT), "1".repeat(5000),
                "-1", "0"}) {
            for (String route : new String[] {"/ticket/day.json/20261130", "/users.json", "/centers.json",
                    "/catalog/productlist.json", "/account/info.json/4400000000000001", "/no/such/route"}) {
                expected.put(route + "?appid=" + value, 401);
            }
        }
        // the account key of account/info.json: only the house account is there
        for (String account : new String[] {"0", "-1", "%25", "99999999999999999999999999", "%C3%A9",
                "4400000000000002"}) {
            expected.put("/account/info.json/" + account + key, 404);
        }
        expected.put("/account/info.json/4400000000000001" + key, 200);
        // parameters no route reads are ignored, whatever their name or value
        expected.put("/users.json" + key + "&%00=%00&%20=1&=x&note=100%25&%C3%A9=%E2%82%AC", 200);

        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String target : expected.keySet()) {
            Answer answer = get(simulator, target);
            actual.put(target, answer.status());
            assertThat(answer.body()).as(target).doesNotContain("<html", "Exception", "\tat ");
        }
        assertThat(actual).isEqualTo(expected);
    }
}
