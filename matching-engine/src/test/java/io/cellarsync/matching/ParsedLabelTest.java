package io.cellarsync.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedLabelTest {

    private static final LabelParser PARSER =
            new LabelParser(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void everyKeyTheParserWrites_isTakenForAKey() {
        for (String label : List.of("CH MARGAUX 15", "VERRE CH MARGAUX 15", "PAVILLON MX 16 75CL",
                "GALIL CABERNET F 21", "MAGNUM CHAMPAGNE BRUT NV", "GAIA KOKKINO 20",
                "1/2 BTL BOURGOGNE PINOT NOIR 2021", "CARAFE 50 CDR RGE",
                "x|2015|BOTTLE|RED", "  ", "Château d'Yquem 2001 37.5")) {
            String key = PARSER.parse(label).key();
            assertThat(ParsedLabel.isKey(key)).as(label + " → " + key).isTrue();
        }
    }

    @Test
    void keysOfEarlierVersions_areTakenForKeys_andLabelsAreNot() {
        assertThat(List.of("gaia kokkino|2020|BOTTLE|UNKNOWN", "pavillon mx|2016|BOTTLEOptionalInt[750]|UNKNOWN",
                "chateau margaux|2015|GLASSOptionalInt.empty|UNKNOWN", "pommery brut royal|0nv|BOTTLE 1500|WHITE"))
                .allMatch(ParsedLabel::isKey);
        assertThat(List.of("GAIA KOKKINO 20", "CH MARGAUX 15 | BTL", "a|b|BOTTLE|RED", "gaia|2020|BOTTLE|RED ",
                "gaia|2020|BOTTLE|BLUE", "gaia|2020|JUG|RED", "gaia|2020|BOTTLE|RED|x", "",
                "Pavillon OptionalInt[750]"))
                .noneMatch(ParsedLabel::isKey);
    }

    @Test
    void onlyKeysAreRewrittenToTodaysForm() {
        assertThat(ParsedLabel.currentKey("pavillon mx|2016|BOTTLEOptionalInt[750]|UNKNOWN"))
                .isEqualTo("pavillon mx|2016|BOTTLE 750|UNKNOWN");
        assertThat(ParsedLabel.currentKey("chateau margaux|2015|GLASSOptionalInt.empty|UNKNOWN"))
                .isEqualTo("chateau margaux|2015|GLASS|UNKNOWN");
        assertThat(ParsedLabel.currentKey("PAVILLON MX 16 OptionalInt[750]"))
                .isEqualTo("PAVILLON MX 16 OptionalInt[750]");
    }
}
