package io.cellarsync.trivec.internal;

import io.cellarsync.trivec.TransportRequest;
import io.cellarsync.trivec.TransportResponse;
import io.cellarsync.trivec.TrivecAuthenticationException;
import io.cellarsync.trivec.TrivecException;
import io.cellarsync.trivec.TrivecNotFoundException;
import io.cellarsync.trivec.TrivecRateLimitedException;
import io.cellarsync.trivec.TrivecRequestRejectedException;
import io.cellarsync.trivec.TrivecServerException;
import io.cellarsync.trivec.TrivecTransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one GET with pacing, per-attempt timeouts, retries (connection failures, timeouts, 408, 429, 5xx) and the
 * deadline of the call it belongs to (shared by every request of a multi-centre or multi-day call), and maps final
 * failures to the typed exceptions. Only redacted URIs are logged, at DEBUG.
 */
public final class RequestExecutor {

    private static final Logger LOG = LoggerFactory.getLogger("io.cellarsync.trivec.TrivecClient");
    private static final int EXCERPT_BYTES = 2048;
    private static final Map<String, String> HEADERS = Map.of("Accept", "application/json");

    private final ExecutorSettings settings;
    private final RetryDelays delays;
    private @Nullable Instant lastRequest;

    /**
     * Reads the body of a successful response. It owns the response from then on and must close it.
     *
     * @param <T> what it reads
     */
    @FunctionalInterface
    public interface BodyReader<T> {
        /**
         * Reads the body.
         *
         * @param context the response context (its {@code body()} is the one to read)
         * @param response the response, to close when done
         * @return what was read
         */
        T read(ResponseContext context, TransportResponse response);
    }

    /**
     * An executor for one site.
     *
     * @param settings the settings
     */
    public RequestExecutor(ExecutorSettings settings) {
        this.settings = settings;
        this.delays = new RetryDelays(settings.retryPolicy(), settings.clock(), settings.random());
    }

    /**
     * A deadline for one call of the client, to pass to each request the call sends.
     *
     * @return a deadline of the configured length, not yet running
     */
    public CallDeadline newCall() {
        return new CallDeadline(settings.clock(), settings.deadline());
    }

    /**
     * Executes one request of a call whose reader may hand results out as it reads (a stream, a callback): the
     * deadline stops counting once the body is handed to the reader, and a body that fails half way is not
     * fetched again.
     *
     * @param call the deadline of the call this request belongs to
     * @param operation the path, for messages and events
     * @param uri the full URI with the key
     * @param reader what to do with a 2xx body
     * @param <T> the result type
     * @return the result
     * @throws TrivecException typed, when the request fails for good
     */
    public <T> T execute(CallDeadline call, String operation, URI uri, BodyReader<T> reader) {
        return execute(call, operation, uri, reader, false);
    }

    /**
     * Executes one request of a call whose reader only builds its result (it hands nothing out while it reads), so
     * that a body whose connection fails half way (reset, stalled past the attempt timeout) is fetched again like a
     * failed attempt, within the retry policy and the deadline, which counts the reading too.
     *
     * @param call the deadline of the call this request belongs to
     * @param operation the path, for messages and events
     * @param uri the full URI with the key
     * @param reader what to do with a 2xx body; called again from scratch on each attempt
     * @param <T> the result type
     * @return the result
     * @throws TrivecException typed, when the request fails for good
     */
    public <T> T executeWhole(CallDeadline call, String operation, URI uri, BodyReader<T> reader) {
        return execute(call, operation, uri, reader, true);
    }

    private <T> T execute(CallDeadline call, String operation, URI uri, BodyReader<T> reader, boolean restartable) {
        call.resume();
        try {
            return attempts(call, operation, uri, reader, restartable);
        } finally {
            call.pause();
        }
    }

    private <T> T attempts(CallDeadline call, String operation, URI uri, BodyReader<T> reader,
            boolean restartable) {
        String redacted = settings.redactor().redact(uri.toString());
        for (int attempt = 1;; attempt++) {
            timeLeft(call, operation, attempt);
            // The pacing wait is part of the call: it must not carry the request past the deadline.
            pace(operation, call, attempt);
            Duration remaining = timeLeft(call, operation, attempt);
            Duration timeout = remaining.compareTo(settings.attemptTimeout()) < 0 ? remaining
                    : settings.attemptTimeout();
            Attempt outcome = attempt(operation, attempt, uri, redacted, timeout);
            if (outcome.response != null) {
                TransportResponse response = outcome.response;
                if (!restartable) {
                    call.pause();
                }
                try {
                    return reader.read(new ResponseContext(operation, settings.site(), response.status(),
                            settings.redactor(), response.body()), response);
                } catch (TrivecTransportException e) {
                    closeQuietly(response);
                    if (!restartable || Thread.currentThread().isInterrupted()) {
                        throw e;
                    }
                    outcome = Attempt.failed(attempt, e, true, "the body was cut off in transit");
                } catch (RuntimeException e) {
                    closeQuietly(response);
                    throw e;
                }
            }
            Attempt failed = outcome;
            TrivecException failure = failed.failure;
            if (!failed.retryable || attempt >= settings.retryPolicy().maxAttempts()) {
                throw failure;
            }
            Duration delay = failed.retryAfter.orElseGet(() -> delays.backoff(failed.number));
            if (!call.allows(delay)) {
                throw failure;
            }
            settings.listener().retryScheduled(operation, attempt + 1, delay, failed.reason);
            LOG.debug("GET {} failed ({}), retry {} in {} ms", redacted, failed.reason, attempt + 1,
                    delay.toMillis());
            sleep(operation, delay);
        }
    }

    private Attempt attempt(String operation, int number, URI uri, String redacted, Duration timeout) {
        settings.listener().requestStarted(operation, number, redacted);
        Instant start = settings.clock().instant();
        TransportResponse response;
        try {
            response = settings.transport().get(new TransportRequest(uri, HEADERS, timeout));
        } catch (InterruptedIOException e) {
            ended(operation, number, 0, start, redacted);
            Thread.currentThread().interrupt();
            return Attempt.failed(number, transport(operation, "interrupted", e), false, "interrupted");
        } catch (IOException e) {
            ended(operation, number, 0, start, redacted);
            String reason = e instanceof HttpTimeoutException ? "timeout after " + timeout : "connection failed";
            return Attempt.failed(number, transport(operation, reason, e), true, reason);
        }
        int status = response.status();
        ended(operation, number, status, start, redacted);
        if (status >= 200 && status < 300) {
            return Attempt.succeeded(number, response);
        }
        String excerpt = excerpt(response);
        return failedStatus(operation, number, status, excerpt, response);
    }

    private Attempt failedStatus(String operation, int number, int status, String excerpt,
            TransportResponse response) {
        String site = settings.site();
        String what = prefix(operation) + " failed with HTTP " + status;
        String body = excerpt.isEmpty() ? "" : ". Body starts: " + excerpt;
        if (status == 401 || status == 403) {
            // Read by a developer and by an operator alike (the runner prints it): no Java names, never the key.
            return Attempt.failed(number, new TrivecAuthenticationException(what + ": the gateway did not accept"
                    + " the application key (appid). Check that the key configured for this program, or set in the "
                    + "TRIVEC_APP_ID environment variable, is the customer's Trivec gateway key, copied whole, and"
                    + " that it is enabled for site " + site + " (the key is not shown here)" + body, status,
                    operation, site, excerpt, null), false, "HTTP " + status);
        }
        if (status == 404) {
            return Attempt.failed(number, new TrivecNotFoundException(what + ": no such resource on this gateway"
                    + " (an older server may lack this route)" + body, status, operation, site, excerpt, null),
                    false, "HTTP 404");
        }
        if (status == 429) {
            Optional<String> header = response.header("Retry-After");
            Duration asked = header.flatMap(delays::parse).orElse(null);
            return new Attempt(number, null, new TrivecRateLimitedException(what + ": too many requests"
                    + (asked == null ? "" : ", the gateway asked to wait " + asked) + body, operation, site,
                    excerpt, asked), true, "HTTP 429", delays.retryAfter(header));
        }
        if (status == 408) {
            return Attempt.failed(number, new TrivecTransportException(what + ": the gateway timed out" + body,
                    status, operation, site, excerpt, null), true, "HTTP 408");
        }
        if (status >= 500) {
            return new Attempt(number, null, new TrivecServerException(what + ": the gateway or the venue's server"
                    + " failed" + body, status, operation, site, excerpt, null), true, "HTTP " + status,
                    delays.retryAfter(response.header("Retry-After")));
        }
        return Attempt.failed(number, new TrivecRequestRejectedException(what + ": the gateway rejected the"
                + " request" + body, status, operation, site, excerpt, null), false, "HTTP " + status);
    }

    private TrivecTransportException transport(String operation, String reason, IOException cause) {
        return new TrivecTransportException(prefix(operation) + ": no response (" + reason + "): "
                + settings.redactor().redact(describe(cause)), 0, operation, settings.site(),
                "", Sanitized.copy(cause, settings.redactor()));
    }

    /**
     * The failure's message; when it has none (the JDK's {@code HttpClient} throws a {@code ConnectException} without
     * one, for a refused connection and an unknown host alike), the exceptions of its chain, so that the message
     * does not end in {@code null}.
     */
    static String describe(Throwable failure) {
        if (failure.getMessage() != null) {
            return failure.getMessage();
        }
        StringBuilder text = new StringBuilder(failure.getClass().getName());
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && cause != failure && depth < 8; depth++, cause = cause.getCause()) {
            text.append(", caused by ").append(cause.getClass().getName());
            if (cause.getMessage() != null) {
                return text.append(": ").append(cause.getMessage()).toString();
            }
        }
        return text.toString();
    }

    private void ended(String operation, int number, int status, Instant start, String redacted) {
        Duration elapsed = Duration.between(start, settings.clock().instant());
        settings.listener().requestEnded(operation, number, status, elapsed);
        LOG.debug("GET {} -> {} in {} ms (attempt {})", redacted, status == 0 ? "no response" : status,
                elapsed.toMillis(), number);
    }

    private String excerpt(TransportResponse response) {
        try (response) {
            byte[] head = response.body().readNBytes(EXCERPT_BYTES);
            return settings.redactor().redactCut(new String(head, StandardCharsets.UTF_8).strip(),
                    head.length == EXCERPT_BYTES);
        } catch (IOException e) {
            return "";
        }
    }

    /** What is left of the call's deadline, or a transport error when nothing is left before this attempt. */
    private Duration timeLeft(CallDeadline call, String operation, int attempt) {
        Duration remaining = call.remaining();
        if (remaining.isNegative() || remaining.isZero()) {
            throw new TrivecTransportException(prefix(operation) + ": the deadline of " + call.limit()
                    + " for the whole call passed before attempt " + attempt, 0, operation, settings.site(), "",
                    null);
        }
        return remaining;
    }

    private synchronized void pace(String operation, CallDeadline call, int attempt) {
        Instant now = settings.clock().instant();
        if (lastRequest != null) {
            Duration wait = settings.minInterval().minus(Duration.between(lastRequest, now));
            if (!wait.isNegative() && !wait.isZero()) {
                if (wait.compareTo(call.remaining()) >= 0) {
                    throw new TrivecTransportException(prefix(operation) + ": the deadline of " + call.limit()
                            + " for the whole call would pass while waiting " + wait + " for the minimum interval"
                            + " between two requests (minInterval " + settings.minInterval() + ") before attempt "
                            + attempt, 0, operation, settings.site(), "", null);
                }
                sleep(operation, wait);
            }
        }
        lastRequest = settings.clock().instant();
    }

    private void sleep(String operation, Duration duration) {
        try {
            settings.sleeper().sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrivecTransportException(prefix(operation) + ": interrupted while waiting to retry", 0,
                    operation, settings.site(), "", null);
        }
    }

    private String prefix(String operation) {
        return "Trivec site " + settings.site() + ": GET " + operation;
    }

    private static void closeQuietly(TransportResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // the failure being thrown matters more than a failed close
        }
    }

    /** The outcome of one attempt: a 2xx response, or a failure that may be retried. */
    private record Attempt(int number, @Nullable TransportResponse response, @Nullable TrivecException failure,
            boolean retryable, String reason, Optional<Duration> retryAfter) {

        static Attempt succeeded(int number, TransportResponse response) {
            return new Attempt(number, response, null, false, "", Optional.empty());
        }

        static Attempt failed(int number, TrivecException failure, boolean retryable, String reason) {
            return new Attempt(number, null, failure, retryable, reason, Optional.empty());
        }
    }
}
