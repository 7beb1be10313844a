package io.cellarsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class RunnerTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CellarsyncMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void version_printsTheProjectVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("cellarsync ").doesNotContain("${");
        assertThat(out.toString().strip()).matches("cellarsync \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void help_listsTheDemoSubcommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: cellarsync").contains("demo");
    }

    @Test
    void unknownOption_exits2WithUsage() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'").contains("Usage: cellarsync");
    }

    @Test
    void aDateOrANumberThatCannotBeRead_isAUsageError_sayingWhatIsAccepted() {
        // An operator's review: the error was Java's ("cannot convert '2026/12/01' to class java.time.LocalDate
        // (java.time.format.DateTimeParseException: ...)").
        assertThat(run("tickets", "--base-uri", "http://localhost:1", "--app-id", "K", "--date", "2026/12/01",
                "--summary")).isEqualTo(2);
        assertThat(run("tickets", "--base-uri", "http://localhost:1", "--app-id", "K", "--date", "2026-02-30",
                "--summary")).isEqualTo(2);
        assertThat(run("adjust", "--wine", "W1", "--bottles", "three", "--reason", "count")).isEqualTo(2);

        assertThat(err.toString()).contains("'2026/12/01' is not a date of the calendar written YYYY-MM-DD")
                .contains("'2026-02-30' is not a date").contains("'three' is not a number")
                .doesNotContain("java.time").doesNotContain("java.lang");
    }

    @Test
    void noSubcommand_isAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("Missing a subcommand");
    }

    @Command(name = "boom")
    static final class FailingCommand implements Runnable {
        @Mixin VerboseOption verbose;

        @Override
        public void run() {
            throw new IllegalStateException("the state directory /tmp/x is locked\nby another runner");
        }
    }

    private int runFailing(String... args) {
        CommandLine commandLine = new CommandLine(new FailingCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler(new OneLineErrors(SecretArguments.of(args)));
        return commandLine.execute(args);
    }

    @Test
    void aKeyGivenToACommandWithoutAppId_isNeverEchoedInTheUsageError() {
        assertThat(run("demo", "--app-id", "0123456789abcdef0123456789abcdef")).isEqualTo(2);
        assertThat(run("demo", "--app-id=fedcba9876543210fedcba9876543210")).isEqualTo(2);

        assertThat(err.toString()).contains("Unknown option").contains("***")
                .doesNotContain("0123456789abcdef0123456789abcdef")
                .doesNotContain("fedcba9876543210fedcba9876543210");
    }

    @Test
    void aKeyAfterAMisspeltOrEmptyAppIdOption_isNeverEchoedInTheUsageError() {
        // Found in review: "--appid KEY" (the gateway's own name), "-app-id KEY" and "--app-id= KEY" were unknown
        // or unmatched arguments, and picocli's usage error printed the key.
        assertThat(run("products", "--base-uri", "http://localhost:1", "--appid", "0123456789abcdef0123456789abcdef"))
                .isEqualTo(2);
        assertThat(run("products", "--base-uri", "http://localhost:1", "-app-id", "1123456789abcdef0123456789abcdef"))
                .isEqualTo(2);
        assertThat(run("products", "--base-uri", "http://localhost:1", "--app_id=2123456789abcdef0123456789abcdef"))
                .isEqualTo(2);
        assertThat(run("products", "--base-uri", "http://localhost:1", "--app-id=", "3123456789abcdef0123456789abcdef"))
                .isEqualTo(2);

        assertThat(err.toString()).contains("***").doesNotContain("123456789abcdef0123456789abcdef");
    }

    @Command(name = "leaky")
    static final class LeakyCommand implements Runnable {
        @Mixin VerboseOption verbose;
        @picocli.CommandLine.Option(names = "--app-id") String appId;

        @Override
        public void run() {
            throw new IllegalStateException("refused key " + appId);
        }
    }

    @Test
    void aFailureMessageHoldingTheKey_isPrintedWithTheKeyMasked() {
        String[] args = {"--app-id", "0123456789abcdef0123456789abcdef", "--verbose"};
        CommandLine commandLine = new CommandLine(new LeakyCommand());
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler(new OneLineErrors(SecretArguments.of(args)));

        assertThat(commandLine.execute(args)).isEqualTo(1);
        assertThat(err.toString()).contains("cellarsync: refused key ***")
                .doesNotContain("0123456789abcdef0123456789abcdef");
    }

    @Test
    void failure_exits1WithOneLineAndNoStackTrace() {
        assertThat(runFailing()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("cellarsync: the state directory /tmp/x is locked by another runner"
                + System.lineSeparator());
    }

    @Test
    void failureWithVerbose_printsTheStackTrace() {
        assertThat(runFailing("--verbose")).isEqualTo(1);
        assertThat(err.toString()).contains("IllegalStateException").contains("\tat ");
    }
}
