package io.cellarsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.examples.matching.SuggestedLink;
import io.cellarsync.matching.Serving;
import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.LibraryWine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void demo_runsTheWholeNightlyStory() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = CellarsyncMain.run(new String[] {"demo"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("Library: 24 wines")
                .containsPattern("Night 2026-11-30: \\d+ billed tickets")
                .contains("To synchronise (R5)")
                .containsPattern("-> yes \\(\\d\\.\\d\\d\\): W\\d{3} ")
                .containsPattern("-> no \\(")
                .contains("by the glass")
                .contains("Stock and revenue of linked wines");
        // Every wine reference of the demo's small cellar is proposed and linked: the house red by the glass names
        // the cellar's only Côtes du Rhône (a matcher rule once answered it no).
        assertThat(text).containsPattern("VERRE COTES DU RHONE RGE +qty +\\d+ +-> yes \\(\\d\\.\\d\\d\\): W008 ")
                .contains("Linked 12 references");
        // The unlinked wine's stock comes back to the library's initial 6 bottles of W001 (R12).
        assertThat(text).containsPattern("Unlinked .* wine W001, whose stock went from -?\\d+(\\.\\d+)? back to 6 bottles");
    }

    private static LibraryWine bottleOf(int volumeMl) {
        return new LibraryWine("W1", "Wine", null, null, null, null, null, null, volumeMl, BigDecimal.ONE,
                java.util.List.of());
    }

    @Test
    void aGlassOfUnknownVolume_takesASixthOfA75clBottle() {
        BottlesPerUnit perSale =
                SuggestedLink.perSale(new Serving(Serving.Kind.GLASS, OptionalInt.empty()), bottleOf(750));
        assertThat(perSale).isEqualTo(BottlesPerUnit.glass(125, 750));
    }

    @Test
    void aCarafeOf50cl_takesTwoThirdsOfA75clBottle() {
        BottlesPerUnit perSale =
                SuggestedLink.perSale(new Serving(Serving.Kind.CARAFE, OptionalInt.of(500)), bottleOf(750));
        assertThat(perSale).isEqualTo(BottlesPerUnit.glass(500, 750));
    }

    @Test
    void aBottle_takesOneBottleOfItsFormat() {
        assertThat(SuggestedLink.perSale(Serving.UNSPECIFIED_BOTTLE, bottleOf(1500)))
                .isEqualTo(BottlesPerUnit.ONE_BOTTLE);
    }
}
