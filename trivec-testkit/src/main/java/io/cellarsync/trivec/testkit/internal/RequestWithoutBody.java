package io.cellarsync.trivec.testkit.internal;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request as WireMock is handed it: without its body, nor the headers that describe one ({@code Content-Type},
 * {@code Content-Length}, {@code Content-Encoding}, {@code Transfer-Encoding}). The gateway's routes read no body
 * (the export API is read-only: any method but {@code GET} and {@code HEAD} gets 405), but WireMock decodes one while
 * it records the request, before any extension runs, and failed with an HTTP 500 page on a form body holding a
 * malformed percent-escape ({@code a=%zz}, Jetty's {@code NotUtf8Exception} on {@code a=%ff}), on an unknown charset
 * ({@code charset=bogus}) and on a {@code Content-Encoding: gzip} body that is not gzip. Nobody reads the body now: the
 * request gets the answer any request of its method and URL gets (a {@code POST}, its 405).
 */
final class RequestWithoutBody extends HttpServletRequestWrapper {

    private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length", "content-encoding",
            "transfer-encoding");

    RequestWithoutBody(HttpServletRequest request) {
        super(request);
    }

    private static boolean describesTheBody(String name) {
        return BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public @Nullable String getContentType() {
        return null;
    }

    @Override
    public @Nullable String getCharacterEncoding() {
        return null;
    }

    @Override
    public int getContentLength() {
        return 0;
    }

    @Override
    public long getContentLengthLong() {
        return 0;
    }

    @Override
    public ServletInputStream getInputStream() {
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return true;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the simulator reads no request body");
            }

            @Override
            public int read() {
                return -1;
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new StringReader(""));
    }

    @Override
    public @Nullable String getHeader(String name) {
        return describesTheBody(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return describesTheBody(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = Collections.list(super.getHeaderNames());
        names.removeIf(RequestWithoutBody::describesTheBody);
        return Collections.enumeration(names);
    }

    @Override
    public int getIntHeader(String name) {
        return describesTheBody(name) ? -1 : super.getIntHeader(name);
    }

    @Override
    public long getDateHeader(String name) {
        return describesTheBody(name) ? -1 : super.getDateHeader(name);
    }
}
