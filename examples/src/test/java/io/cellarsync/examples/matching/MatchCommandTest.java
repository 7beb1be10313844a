package io.cellarsync.examples.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cellarsync.examples.CellarsyncMain;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CellarsyncMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path library() throws IOException {
        return file("library.csv", """
                id,name,producer,appellation,colour,vintage,volume_ml,stock
                m15,Château Margaux,Château Margaux,Margaux,rouge,2015,750,6
                m18,Château Margaux,Château Margaux,Margaux,rouge,2018,750,3
                cdr,"Côtes du Rhône, Rouge",E. Guigal,Côtes du Rhône,red,2022,750,12
                """);
    }

    @Test
    void json_printsOneArrayInInputOrder_withVerdictsVintagesAndCandidates() throws IOException {
        Path labels = file("labels.csv", """
                code,label,price
                1,CH MARGAUX 15 BTL,300
                2,CHATEAU MARGAUX 2016,280
                3,MOJITO,12
                4,,0
                5,VERRE CDR RGE,9
                """);

        assertThat(run("match", "--library", library().toString(), "--labels", labels.toString(), "--json")).isZero();

        JsonNode answers = new ObjectMapper().readTree(out.toString());
        assertThat(answers).hasSize(5);
        assertThat(answers.get(0).get("label").asText()).isEqualTo("CH MARGAUX 15 BTL");
        assertThat(answers.get(0).get("verdict").asText()).isEqualTo("yes");
        assertThat(answers.get(0).get("wineId").asText()).isEqualTo("m15");
        assertThat(answers.get(0).get("vintage").asInt()).isEqualTo(2015);
        assertThat(answers.get(0).get("score").decimalValue()).isBetween(java.math.BigDecimal.ZERO,
                java.math.BigDecimal.ONE);
        assertThat(answers.get(0).get("candidates").size()).isBetween(1, 3);
        assertThat(answers.get(0).get("candidates").get(0).get("wineId").asText()).isEqualTo("m15");
        assertThat(answers.get(1).get("verdict").asText()).isEqualTo("almost");
        assertThat(answers.get(1).get("vintage").asInt()).isEqualTo(2016);
        assertThat(answers.get(2).get("verdict").asText()).isEqualTo("no");
        assertThat(answers.get(2).get("wineId").isNull()).isTrue();
        assertThat(answers.get(2).get("vintage").isNull()).isTrue();
        assertThat(answers.get(3).get("verdict").asText()).isEqualTo("no");
        assertThat(answers.get(4).get("wineId").asText()).isEqualTo("cdr");
        assertThat(out.toString()).doesNotContain("E-").doesNotContain("e-");
    }

    @Test
    void unsaidFormatBottle_readsALabelNamingNoFormatAsThe75clListing() throws IOException {
        Path library = file("tignanello.csv", """
                id,name,producer,vintage,volume_ml
                bottle,Tignanello,Marchesi Antinori,2022,750
                half,Tignanello Marchesi Antinori,Marchesi Antinori,2022,375
                """);
        Path labels = file("labels.csv", "label\nTIGNANELLO '22\n");

        assertThat(run("match", "--library", library.toString(), "--labels", labels.toString(), "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("verdict").asText()).isEqualTo("no");
        out.getBuffer().setLength(0);
        assertThat(run("match", "--library", library.toString(), "--labels", labels.toString(), "--json",
                "--unsaid-format-bottle")).isZero();

        JsonNode answer = new ObjectMapper().readTree(out.toString()).get(0);
        assertThat(answer.get("verdict").asText()).isEqualTo("yes");
        assertThat(answer.get("wineId").asText()).isEqualTo("bottle");
    }

    @Test
    void aLabelOfSpacesOrEmptyQuotes_isAnsweredNo_andOnlyEmptyLinesAreSkipped() throws IOException {
        Path labels = file("labels.csv", "label\nCH MARGAUX 15 BTL\n   \n\"\"\n\nMOJITO\n\n");

        assertThat(run("match", "--library", library().toString(), "--labels", labels.toString(), "--json")).isZero();

        JsonNode answers = new ObjectMapper().readTree(out.toString());
        assertThat(answers).hasSize(4);
        assertThat(answers.get(1).get("label").asText()).isEqualTo("   ");
        assertThat(answers.get(1).get("verdict").asText()).isEqualTo("no");
        assertThat(answers.get(2).get("label").asText()).isEmpty();
        assertThat(answers.get(2).get("verdict").asText()).isEqualTo("no");
        assertThat(answers.get(3).get("label").asText()).isEqualTo("MOJITO");
    }

    @Test
    void aFileThatIsNotUtf8_orDoesNotExist_saysSo() throws IOException {
        Path labels = file("labels.csv", "label\nCH MARGAUX\n");
        Files.write(labels, new byte[] {'l', 'a', 'b', 'e', 'l', '\n', (byte) 0xff, 'x', '\n'});

        assertThat(run("match", "--library", library().toString(), "--labels", labels.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not UTF-8");

        assertThat(run("match", "--library", library().resolveSibling("missing.csv").toString(), "--labels",
                labels.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing.csv").contains("does not exist");
    }

    @Test
    void aLabelColumnNamedTwice_fails() throws IOException {
        Path labels = file("labels.csv", "label,label\nCH MARGAUX,MOJITO\n");

        assertThat(run("match", "--library", library().toString(), "--labels", labels.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("'label' twice");
    }

    @Test
    void text_showsControlCharactersOfALabel_asEscapes() throws IOException {
        Path labels = file("labels.csv", "label\n\"CH\nMARGAUX \u001b[31mRED\"\n");

        assertThat(run("match", "--library", library().toString(), "--labels", labels.toString())).isZero();

        assertThat(out.toString().lines()).hasSize(1);
        assertThat(out.toString()).contains("CH\\u000AMARGAUX \\u001B[31mRED").doesNotContain("\u001b");
    }

    @Test
    void text_printsOneLinePerLabel() throws IOException {
        Path labels = file("labels.csv", "label\nCH MARGAUX 15\nMOJITO\n");

        assertThat(run("match", "--library", library().toString(), "--labels", labels.toString())).isZero();

        assertThat(out.toString().lines()).hasSize(2);
        assertThat(out.toString()).contains("CH MARGAUX 15 -> yes m15 vintage 2015").contains("MOJITO -> no");
    }

    @Test
    void filesWithAByteOrderMark_andQuotedOrUnquotedHeaders_andCrLf_areRead() throws IOException {
        Path library = file("library-bom.csv", "\uFEFF\"id\",\"name\",\"producer\",\"vintage\"\r\n"
                + "\"m15\",\"Château Margaux\",\"Château Margaux\",\"2015\"\r\n");
        Path quoted = file("labels-quoted.csv", "\uFEFF\"label\",\"price\"\r\n\"CH MARGAUX 15 BTL\",300\r\n");
        Path unquoted = file("labels-unquoted.csv", "\uFEFFlabel,price\r\nCH MARGAUX 15 BTL,300\r\n");

        for (Path labels : List.of(quoted, unquoted)) {
            out.getBuffer().setLength(0);
            assertThat(run("match", "--library", library.toString(), "--labels", labels.toString(), "--json"))
                    .as("stderr: %s", err).isZero();

            JsonNode answers = new ObjectMapper().readTree(out.toString());
            assertThat(answers).hasSize(1);
            assertThat(answers.get(0).get("label").asText()).isEqualTo("CH MARGAUX 15 BTL");
            assertThat(answers.get(0).get("wineId").asText()).isEqualTo("m15");
        }
    }

    @Test
    void aLibraryWithoutAnIdColumn_failsWithTheLineNumber() throws IOException {
        Path library = file("bad.csv", "name,producer\nMargaux,X\n");
        Path labels = file("labels.csv", "label\nCH MARGAUX\n");

        assertThat(run("match", "--library", library.toString(), "--labels", labels.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("line 1").contains("'id'");
    }

    @Test
    void aLibraryWithADuplicateId_failsWithTheLineNumber() throws IOException {
        Path library = file("dup.csv", "id,name\n1,Margaux\n1,Latour\n");
        Path labels = file("labels.csv", "label\nCH MARGAUX\n");

        assertThat(run("match", "--library", library.toString(), "--labels", labels.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("line 3").contains("duplicate id '1'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aLabelsFileWithoutALabelColumn_fails() throws IOException {
        Path labels = file("labels.csv", "name\nCH MARGAUX\n");

        assertThat(run("match", "--library", library().toString(), "--labels", labels.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("'label' column");
    }

    @Test
    void missingOptions_areAUsageError() {
        assertThat(run("match", "--labels", "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--library");
    }
}
