package io.cellarsync.trivec.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cellarsync.trivec.testkit.Fault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The transformer's safety net: an exception of its own (a bug) is answered as a 500 problem-details without the
 * exception's message or stack trace, not left to WireMock's HTML page, which shows both (a message may quote the
 * key).
 */
class GatewayTransformerTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    private static final SimulatedSite SITE = new SimulatedSite(42, LocalDate.of(2026, 11, 30), 1, 3, 1);

    @Test
    void anExceptionOfTheTransformer_is500ProblemDetails_namingOnlyItsClass() throws Exception {
        // a delay beyond an int of milliseconds, which WireMock's fixed delay cannot hold (ArithmeticException)
        FaultSwitch faults = new FaultSwitch();
        faults.set(Fault.SLOW, 1);
        GatewayTransformer transformer = new GatewayTransformer(SITE, KEY, faults, Duration.ofDays(30));

        ResponseDefinition answer = transformer.transform(ServeEvent.of(LoggedRequest.createFrom(
                request("/users.json?appid=" + KEY))));

        assertIsASimulatorFailure(answer, "java.lang.ArithmeticException");
    }

    @Test
    void anExceptionAnsweringWithoutAFault_is500ProblemDetails() throws Exception {
        // no site (a null the package's @NullMarked forbids): every catalogue route fails
        GatewayTransformer transformer = new GatewayTransformer(null, KEY, new FaultSwitch(), Duration.ZERO);

        ResponseDefinition answer = transformer.answerWithoutFault(request("/users.json?appid=" + KEY));

        assertIsASimulatorFailure(answer, "java.lang.NullPointerException");
    }

    private static void assertIsASimulatorFailure(ResponseDefinition answer, String exception) throws Exception {
        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(answer.getHeaders().getContentTypeHeader().firstValue())
                .isEqualTo("application/json; charset=utf-8");
        JsonNode problem = new ObjectMapper().readTree(answer.getByteBody());
        assertThat(problem.get("status").asInt()).isEqualTo(500);
        assertThat(problem.get("title").asText()).isEqualTo("An error occurred while processing your request.");
        assertThat(problem.get("detail").asText()).contains(exception, "a bug in trivec-testkit");
        assertThat(new String(answer.getByteBody(), StandardCharsets.UTF_8)).doesNotContain(KEY, "\tat ", ".java:");
    }

    private static Request request(String path) {
        return new ImmutableRequest.Builder().withAbsoluteUrl("http://localhost" + path)
                .withMethod(RequestMethod.GET).build();
    }
}
