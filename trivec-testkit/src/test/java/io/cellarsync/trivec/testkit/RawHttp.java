package io.cellarsync.trivec.testkit;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
        return send(simulator, method, target, List.of(), null);
    }

    /**
     * One request with a body, written as given, not re-encoded; the answer read until the server closes.
     *
     * @param headers header lines ({@code Content-Type: text/plain}) sent before {@code Content-Length}
     * @param body the body, or null to send none (and no {@code Content-Length})
     */
    static Answer send(GatewaySimulator simulator, String method, String target, List<String> headers, String body)
            throws Exception {
        URI base = simulator.baseUri();
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder sent = new StringBuilder();
        for (String header : headers) {
            sent.append(header).append("\r\n");
        }
        if (body != null) {
            sent.append("Content-Length: ").append(content.length).append("\r\n");
        }
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + sent
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(content);
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, end);
            String contentType = "";
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, "Content-Type:".length())) {
                    contentType = line.substring("Content-Type:".length()).trim();
                }
            }
            return new Answer(Integer.parseInt(head.substring(9, 12)), contentType, raw.substring(end + 4), head);
        }
    }

    /**
     * An answer.
     *
     * @param status the status code
     * @param contentType the {@code Content-Type}, empty when none
     * @param body the body, read as UTF-8
     * @param head the status line and the headers, as received
     */
    record Answer(int status, String contentType, String body, String head) {

        /**
         * A header's value.
         *
         * @param name its name, in any case
         * @return its first value, or null when it was not sent
         */
        String header(String name) {
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }
}
