package io.cellarsync.trivec.testkit;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One request written on a socket exactly as given, so that nothing re-encodes it: {@code java.net.URI} refuses some
 * of the URLs the tests send, and an HTTP client would normalise others.
 */
final class RawHttp {

    private RawHttp() {}

    static Answer get(GatewaySimulator simulator, String target) throws Exception {
        return send(simulator, "GET", target);
    }

    /** One request written as given, not re-encoded; the answer read until the server closes. */
    static Answer send(GatewaySimulator simulator, String method, String target) throws Exception {
        URI base = simulator.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, end);
            String contentType = "";
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, "Content-Type:".length())) {
                    contentType = line.substring("Content-Type:".length()).trim();
                }
            }
            return new Answer(Integer.parseInt(head.substring(9, 12)), contentType, raw.substring(end + 4));
        }
    }

    /**
     * An answer.
     *
     * @param status the status code
     * @param contentType the {@code Content-Type}, empty when none
     * @param body the body, read as UTF-8
     */
    record Answer(int status, String contentType, String body) {
    }
}
