package io.cellarsync.trivec.testkit.internal;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Closes WireMock's admin API ({@code /__admin/...}) over HTTP: whoever reached the port could read the request
 * journal (every URL with its {@code appid}), replace the simulated answers, reset or shut the simulator down. The
 * gateway has no such routes, so a request for one gets the gateway's answer to an unknown route: 401 without the
 * key, 405 for a method other than GET, 404 otherwise. The simulator's Java API ({@code requestCount},
 * {@code resetRequests}, the JUnit extension) calls WireMock in the process, not over HTTP, and keeps working.
 */
public final class ClosedAdminApi implements AdminRequestFilterV2 {

    private final GatewayTransformer gateway;

    /**
     * A filter answering as a gateway does.
     *
     * @param gateway the gateway's answers
     */
    public ClosedAdminApi(GatewayTransformer gateway) {
        this.gateway = gateway;
    }

    @Override
    public String getName() {
        return "trivec-gateway-simulator-closed-admin-api";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        return RequestFilterAction.stopWith(gateway.answerWithoutFault(request));
    }
}
