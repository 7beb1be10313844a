package io.cellarsync.trivec.testkit.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.io.IOException;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * WireMock's own Jetty server with one check in front of everything it serves: a query holding a malformed
 * percent-escape gets the simulator's 400 (see {@link GatewayTransformer#malformedEscape}). WireMock decodes the
 * query while it records the request, before any extension (the transformer, the admin filter) runs, and its decoder's
 * exception became Jetty's HTTP 500 page naming it; only a handler in front of WireMock's can answer first. Every
 * other request is handed to WireMock without its body ({@link RequestWithoutBody}), which the gateway never reads and
 * WireMock failed to decode in the same way.
 *
 * <p>Such a request never reaches WireMock: it is not counted by {@code requestCount()} nor listed by
 * {@code requestedUrls()}, and leaves an injected fault for the next request.
 */
public final class EscapeCheckingHttpServerFactory implements HttpServerFactory {

    private final GatewayTransformer gateway;

    /**
     * A factory whose servers answer a malformed escape as the simulator does.
     *
     * @param gateway the simulator's transformer, which words the answer
     */
    public EscapeCheckingHttpServerFactory(GatewayTransformer gateway) {
        this.gateway = gateway;
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler adminRequestHandler,
            StubRequestHandler stubRequestHandler) {
        GatewayTransformer answering = gateway;
        return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
            @Override
            protected Handler createHandler(Options options, AdminRequestHandler adminRequestHandler,
                    StubRequestHandler stubRequestHandler) {
                // Called by the superclass's constructor: it may use only its arguments and captured locals.
                MalformedEscapeCheck check = new MalformedEscapeCheck(answering);
                check.setHandler(super.createHandler(options, adminRequestHandler, stubRequestHandler));
                return check;
            }
        };
    }

    /**
     * Answers a query with a malformed percent-escape, and hands every other request to WireMock's handlers, without
     * its body.
     */
    private static final class MalformedEscapeCheck extends HandlerWrapper {

        private final GatewayTransformer gateway;

        MalformedEscapeCheck(GatewayTransformer gateway) {
            this.gateway = gateway;
        }

        @Override
        public void handle(String target, Request baseRequest, HttpServletRequest request,
                HttpServletResponse response) throws IOException, ServletException {
            String query = baseRequest.getQueryString();
            GatewayUrl.MalformedEscape malformed = query == null ? null : GatewayUrl.malformedEscape(query);
            if (malformed == null) {
                super.handle(target, baseRequest, new RequestWithoutBody(request), response);
                return;
            }
            baseRequest.setHandled(true);
            ResponseDefinition answer = gateway.malformedEscape(malformed);
            response.setStatus(answer.getStatus());
            for (HttpHeader header : answer.getHeaders().all()) {
                for (String value : header.values()) {
                    response.addHeader(header.key(), value);
                }
            }
            byte[] body = answer.getByteBody();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
