package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.examples.CellarsyncMain;
import io.cellarsync.examples.sync.state.Journal;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code cellarsync import} process (SIGKILL) while it waits for the gateway: the state is exactly as
 * before, and the lock died with the process. The "gateway" is a socket this test accepts, so the test knows,
 * without sleeping, that the import is in the middle of its fetch.
 */
class KilledImportTest {

    @TempDir Path temp;

    @Test
    void anImportKilledWhileFetching_leavesTheStateAsBefore_andNoLockBehind() throws Exception {
        Path state = temp.resolve("state");
        Path csv = temp.resolve("library.csv");
        Files.writeString(csv, "id,name,stock\nW1,Château Margaux,12\n", StandardCharsets.UTF_8);
        assertThat(new Runner().run("library", "import", "--csv", csv.toString(), "--state", state.toString())).isZero();
        byte[] before = Files.readAllBytes(state.resolve(Journal.FILE_NAME));

        try (ServerSocket gateway = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            gateway.setSoTimeout(120_000); // a guard against a hung test, not a timing assertion
            Process child = startImport(state, "http://127.0.0.1:" + gateway.getLocalPort());
            try (Socket request = gateway.accept()) {
                child.toHandle().destroyForcibly(); // SIGKILL while the import waits for the catalogue
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the import died").isTrue();
            }
        }

        assertThat(Files.readAllBytes(state.resolve(Journal.FILE_NAME))).isEqualTo(before);
        Runner runner = new Runner();
        assertThat(runner.run("library", "import", "--csv", csv.toString(), "--state", state.toString()))
                .as("a new writer gets the lock: %s", runner.err()).isZero();
        assertThat(runner.out()).contains("1 already in the state unchanged");
    }

    private static Process startImport(Path state, String baseUri) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CellarsyncMain.class.getName(),
                "import", "--state", state.toString(), "--base-uri", baseUri,
                "--app-id", "0123456789abcdef0123456789abcdef", "--date", "2026-12-01")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
