package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The matcher in the runner (R9): {@code queue} shows a suggestion per reference, {@code link --accept-suggestion}
 * applies it, and the state's links and unlinks teach it. Lives next to the runner's fixture, which is package-private.
 */
class SuggestionCommandsTest extends SimulatedNightFixture {

    @Test
    void queueJson_hasASuggestionPerRow_inTheShapeOfMatch() throws IOException {
        importTalbot2014Library();
        importDays(gateway.days().get(0), gateway.days().get(0));

        List<JsonNode> rows = stream(ok("queue", "--json")).toList();

        assertThat(rows).isNotEmpty();
        for (JsonNode row : rows) {
            JsonNode suggestion = row.get("suggestion");
            assertThat(suggestion.fieldNames()).toIterable()
                    .containsExactly("label", "verdict", "wineId", "vintage", "score", "candidates");
            assertThat(suggestion.get("label").asText()).isEqualTo(row.get("posName").asText());
            assertThat(suggestion.get("verdict").asText()).isIn("yes", "almost", "no");
            assertThat(suggestion.get("wineId").isNull()).isEqualTo(suggestion.get("verdict").asText().equals("no"));
            assertThat(suggestion.get("score").decimalValue()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(suggestion.get("candidates").size()).isLessThanOrEqualTo(3);
            suggestion.get("candidates").forEach(c -> assertThat(c.fieldNames()).toIterable()
                    .containsExactly("wineId", "score"));
        }
        JsonNode talbot = queueRow(product("CH TALBOT 2016 BTL").key()).get("suggestion");
        assertThat(talbot.get("verdict").asText()).isEqualTo("almost");
        assertThat(talbot.get("wineId").asText()).isEqualTo("W3");
        assertThat(talbot.get("vintage").asInt()).isEqualTo(2016);
    }

    @Test
    void queueText_showsTheSuggestion() throws IOException {
        importLibrary();
        importAllDays();

        ok("queue");

        assertThat(runner.out()).containsPattern("CH MARGAUX 2015 BTL .*; suggestion: yes W1 \\(\\d\\.\\d\\d\\)")
                .containsPattern("CAFE .*; suggestion: no \\(");
    }

    @Test
    void acceptSuggestion_linksAYes_withTheServingsShareOfTheBottle() throws IOException {
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();
        String glass = product("VERRE COTES DU RHONE RGE").key();

        ok("link", "--pos-product", margaux, "--accept-suggestion");
        assertThat(runner.out()).startsWith("Linked ").contains("to wine W1");
        ok("link", "--pos-product", glass, "--accept-suggestion");

        JsonNode glassLink = stream(ok("links", "--wine", "W2", "--json"))
                .filter(l -> l.get("posProductKey").asText().equals(glass)).findFirst().orElseThrow();
        assertThat(glassLink.get("perSale").decimalValue()).isEqualByComparingTo("0.166667");
        assertThat(stream(ok("links", "--wine", "W1", "--json")).map(l -> l.get("posProductKey").asText()))
                .containsExactly(margaux);
    }

    @Test
    void queueAndAcceptSuggestion_takeTheUnsaidFormatSwitch() throws IOException {
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();

        JsonNode suggestion = stream(ok("queue", "--json", "--unsaid-format-bottle"))
                .filter(r -> r.get("posProductKey").asText().equals(margaux)).findFirst().orElseThrow()
                .get("suggestion");
        ok("link", "--pos-product", margaux, "--accept-suggestion", "--unsaid-format-bottle");

        assertThat(suggestion.get("wineId").asText()).isEqualTo("W1");
        assertThat(runner.out()).startsWith("Linked ").contains("to wine W1");
    }

    @Test
    void acceptSuggestion_keepsAGivenPerSale() throws IOException {
        importLibrary();
        importAllDays();
        String glass = product("VERRE COTES DU RHONE RGE").key();

        ok("link", "--pos-product", glass, "--accept-suggestion", "--per-sale", "1/5");

        assertThat(stream(ok("links", "--wine", "W2", "--json")).findFirst().orElseThrow().get("perSale")
                .decimalValue()).isEqualByComparingTo("0.2");
    }

    @Test
    void acceptSuggestion_linksAnAlmost_andSetsTheVintageOnTheWine() throws IOException {
        importTalbot2014Library();
        importAllDays();

        ok("link", "--pos-product", product("CH TALBOT 2016 BTL").key(), "--accept-suggestion");

        assertThat(stockOf("W3").get("vintage").asInt()).isEqualTo(2016);
        assertThat(stockOf("W3").get("links").asInt()).isEqualTo(1);
    }

    @Test
    void acceptSuggestion_refusesANo_namingTheReferenceAndTheWayOut() throws IOException {
        importLibrary();
        importAllDays();
        String coffee = product("CAFE").key();

        assertThat(fails("link", "--pos-product", coffee, "--accept-suggestion")).isEqualTo(1);

        assertThat(runner.err()).contains(coffee).contains("CAFE").contains("--wine").hasLineCount(1);
        assertThat(stream(ok("queue", "--json")).map(r -> r.get("posProductKey").asText())).contains(coffee);
    }

    @Test
    void acceptSuggestion_refusesAHalfBottleOfAWineHeldIn75cl_andTheQueueSaysTheFormatDisagrees() throws IOException {
        Path csv = temp.resolve("library-bourgogne.csv");
        Files.writeString(csv, String.join("\n",
                "id,name,producer,vintage,volume_ml,stock,colour",
                "H1,Bourgogne Pinot Noir,Faiveley,2021,750,10,red",
                ""), StandardCharsets.UTF_8);
        ok("library", "import", "--csv", csv.toString());
        importAllDays();
        String half = product("1/2 BTL BOURGOGNE PINOT NOIR 2021").key();
        assertThat(queueRow(half).get("suggestion").get("wineId").asText()).isEqualTo("H1");
        ok("queue");
        assertThat(runner.out()).containsPattern(
                "1/2 BTL BOURGOGNE PINOT NOIR 2021 .*; suggestion: \\w+ H1, format disagrees: "
                        + "label 37.5 cl, wine 75 cl \\(");

        assertThat(fails("link", "--pos-product", half, "--accept-suggestion")).isEqualTo(1);

        assertThat(runner.err()).hasLineCount(1).contains(half).contains("37.5 cl").contains("75 cl")
                .contains("--wine").contains("--per-sale");
        assertThat(stream(ok("links", "--wine", "H1", "--json"))).isEmpty();
        assertThat(stockOf("H1").get("stock").decimalValue()).isEqualByComparingTo("10");
    }

    @Test
    void aSuggestionRejectedByAnUnlink_isNotProposedAgain() throws IOException {
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();
        ok("link", "--pos-product", margaux, "--accept-suggestion");

        ok("unlink", "--pos-product", margaux);

        JsonNode suggestion = queueRow(margaux).get("suggestion");
        assertThat(suggestion.get("wineId").asText("")).isNotEqualTo("W1");
        assertThat(stream(suggestion.get("candidates")).map(c -> c.get("wineId").asText())).doesNotContain("W1");
    }

    @Test
    void wineAndAcceptSuggestion_areMutuallyExclusive_andOneIsRequired() throws IOException {
        importLibrary();
        importAllDays();
        String margaux = product("CH MARGAUX 2015 BTL").key();

        assertThat(fails("link", "--pos-product", margaux, "--accept-suggestion", "--wine", "W1")).isEqualTo(2);
        assertThat(runner.err()).contains("mutually exclusive");
        assertThat(fails("link", "--pos-product", margaux)).isEqualTo(2);
        assertThat(runner.err()).contains("--wine").contains("--accept-suggestion");
        assertThat(fails("link", "--pos-product", margaux, "--accept-suggestion", "--vintage", "2016")).isEqualTo(2);
        assertThat(runner.err()).contains("--vintage");
        assertThat(stream(ok("links", "--wine", "W1", "--json"))).isEmpty();
    }

    private void importTalbot2014Library() throws IOException {
        Path csv = temp.resolve("library-talbot-2014.csv");
        Files.writeString(csv, String.join("\n",
                "id,name,producer,vintage,volume_ml,stock,colour",
                "W1,Château Margaux,Château Margaux,2015,750,100,red",
                "W2,Côtes du Rhône,Guigal,2020,750,30,red",
                "W3,Château Talbot,Château Talbot,2014,750,12,red",
                ""), StandardCharsets.UTF_8);
        ok("library", "import", "--csv", csv.toString());
    }
}
