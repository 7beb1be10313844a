package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --state that is not a usable directory is named with the reason, not only its path. */
class StateDirectoryProblemsTest {

    @TempDir Path temp;

    private final Runner runner = new Runner();

    @Test
    void aStateThatIsAFile_isSaidToBeAFile_byCommandsThatWriteAndThatRead() throws IOException {
        // Found in review: "cannot create the state directory f: f" (the JDK's message is the path alone) and
        // "There is no state directory f" for a file that is there.
        Path file = Files.writeString(temp.resolve("state.txt"), "not a directory");
        Path csv = Files.writeString(temp.resolve("lib.csv"), "id,name\nW1,Chablis\n");

        assertThat(runner.run("library", "import", "--csv", csv.toString(), "--state", file.toString())).isEqualTo(1);
        assertThat(runner.err()).contains(file.toString()).contains("is a file, not a directory");
        assertThat(runner.run("stock", "--state", file.toString())).isEqualTo(1);
        assertThat(runner.err()).contains(file.toString()).contains("is a file, not a directory");
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    @Test
    void anEmptyState_isAUsageError_forCommandsThatWriteAndThatRead() throws IOException {
        // Found in review: --state "" (a script's "$STATE" unset) named the working directory, so library import
        // wrote journal.jsonl and lock there and stock printed "0 wine(s)" with exit 0.
        Path csv = Files.writeString(temp.resolve("lib.csv"), "id,name\nW1,Chablis\n");

        assertThat(runner.run("library", "import", "--csv", csv.toString(), "--state", "")).isEqualTo(2);
        assertThat(runner.err()).contains("--state needs a directory; got an empty value");
        assertThat(runner.run("stock", "--state", "")).isEqualTo(2);
        assertThat(runner.err()).contains("--state needs a directory; got an empty value");
        assertThat(Path.of("journal.jsonl")).doesNotExist();
    }
}
