package io.cellarsync.trivec.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A day larger than the heap parses: the parser holds one ticket at a time. Runs {@link LargeDayParseCheck} in a
 * child JVM whose heap (16 MB) is smaller than the day (about 44 MB); a parser that read the whole document first
 * would die of {@link OutOfMemoryError} there. (The 100 MB day with {@code -Xmx64m} of the issue is the same check
 * with 21 000 tickets; it takes about 40 s on the project's machine, so it is run by hand, see
 * {@code docs/benchmarks.md}.)
 */
class LargeDayMemoryTest {

    private static final int TICKETS = 9_000;

    @Test
    void aDayLargerThanTheHeap_parses() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx16m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), LargeDayParseCheck.class.getName(),
                String.valueOf(TICKETS)).redirectErrorStream(true).start();
        boolean finished = child.waitFor(5, TimeUnit.MINUTES);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("the child JVM finished").isTrue();
        assertThat(output).startsWith("OK " + TICKETS);
        long bytes = Long.parseLong(output.split(" ")[2]);
        assertThat(bytes).isGreaterThan(24L * 1024 * 1024);
        assertThat(child.exitValue()).isZero();
    }
}
