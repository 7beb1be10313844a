package io.cellarsync.trivec;

import java.io.IOException;

/**
 * Sends one GET request and returns the response with its body as a stream: the seam between the client and the
 * network. The default uses {@link java.net.http.HttpClient}; pass your own to go through something else. Retries,
 * pacing, deadlines and error mapping are done by the client around it, so a transport does none of that. The
 * request's timeout is the per-attempt timeout: a transport should apply it to the wait for the response and to
 * every wait for more of the body (the default does both), so that a body stalling half way fails rather than
 * blocks; the client then retries the calls whose result is a whole list.
 */
@FunctionalInterface
public interface TrivecTransport {

    /**
     * Sends the request.
     *
     * @param request the URI (it carries the application key: never log it unredacted), headers and timeout
     * @return the response, whatever its status; the caller closes it
     * @throws IOException if no response arrived (connection failure, timeout)
     */
    TransportResponse get(TransportRequest request) throws IOException;
}
