package io.cellarsync.trivec.internal;

import io.cellarsync.trivec.Ticket;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The tickets of several requests (one per centre of a day), handed out one at a time: a request is sent only
 * when the body before it has been read to its end, and each body is parsed only as far as its tickets are
 * consumed. Concatenating lazy spliterators keeps {@code Stream.iterator()} lazy, which {@code flatMap} does not
 * (it pushes a whole inner stream into the iterator's buffer). {@link #close()} releases the open body, and no
 * further request is sent.
 *
 * <p>A failure (a request that fails, a body cut off or malformed, a body that cannot be released) ends the tickets for
 * good: the body being read is released, no further request is sent, and every later advance throws the same failure.
 * A caller that catches it and goes on iterating can therefore never be handed the next centre's tickets as if the
 * failed centre had no more: nothing of the day is lost without an exception.
 *
 * @param <R> what a request is known by (its URI)
 */
public final class RequestByRequestTickets<R> extends Spliterators.AbstractSpliterator<Ticket>
        implements AutoCloseable {

    /** The body of one request being read. */
    public interface Body {
        /**
         * The next ticket.
         *
         * @return the ticket, or null at the end of the body
         */
        @Nullable Ticket next();

        /** Releases the connection; throws a typed {@code TrivecException} if closing fails. */
        void close();
    }

    private final Iterator<R> requests;
    private final Function<R, Body> open;
    private @Nullable Body current;
    private boolean closed;
    private @Nullable RuntimeException failure;

    /**
     * Tickets of these requests, in order.
     *
     * @param requests the requests, sent one after the other
     * @param open sends one request and opens its body (throws a typed exception when the request fails)
     */
    public RequestByRequestTickets(List<R> requests, Function<R, Body> open) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.requests = List.copyOf(requests).iterator();
        this.open = open;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Ticket> action) {
        RuntimeException earlier = failure;
        if (earlier != null) {
            throw earlier;
        }
        Ticket ticket;
        try {
            ticket = nextTicket();
        } catch (RuntimeException e) {
            failure = e;
            closed = true;
            releaseAfter(e);
            throw e;
        }
        if (ticket == null) {
            return false;
        }
        action.accept(ticket);
        return true;
    }

    private @Nullable Ticket nextTicket() {
        while (!closed) {
            Body body = current;
            if (body == null) {
                if (!requests.hasNext()) {
                    return null;
                }
                body = open.apply(requests.next());
                current = body;
            }
            Ticket ticket = body.next();
            if (ticket != null) {
                return ticket;
            }
            closeCurrent();
        }
        return null;
    }

    /** Releases the body being read after a failure; a failure to release it is added to the first one. */
    private void releaseAfter(RuntimeException failed) {
        try {
            closeCurrent();
        } catch (RuntimeException e) {
            if (e != failed) {
                failed.addSuppressed(e);
            }
        }
    }

    /** Releases the body being read, if any; no request is sent after this. */
    @Override
    public void close() {
        closed = true;
        closeCurrent();
    }

    private void closeCurrent() {
        Body body = current;
        current = null;
        if (body != null) {
            body.close();
        }
    }
}
