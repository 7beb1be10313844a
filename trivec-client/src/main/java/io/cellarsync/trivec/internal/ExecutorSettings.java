package io.cellarsync.trivec.internal;

import io.cellarsync.trivec.RetryPolicy;
import io.cellarsync.trivec.Sleeper;
import io.cellarsync.trivec.TrivecEventListener;
import io.cellarsync.trivec.TrivecTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Everything the executor needs, as configured on the client's builder.
 *
 * @param site the site code
 * @param redactor the key redactor
 * @param transport the transport
 * @param retryPolicy the retry policy
 * @param attemptTimeout the per-attempt timeout
 * @param deadline the overall deadline of one call
 * @param minInterval the minimum interval between two requests to the site
 * @param clock the clock
 * @param sleeper the sleeper
 * @param random the jitter source
 * @param listener the event listener
 */
public record ExecutorSettings(String site, Redactor redactor, TrivecTransport transport, RetryPolicy retryPolicy,
        Duration attemptTimeout, Duration deadline, Duration minInterval, Clock clock, Sleeper sleeper,
        RandomGenerator random, TrivecEventListener listener) {
}
