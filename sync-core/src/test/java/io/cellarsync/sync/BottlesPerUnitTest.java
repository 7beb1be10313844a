package io.cellarsync.sync;

import static io.cellarsync.sync.Fixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a ratio writes itself, where hosts meet it: a logged command, link or event. */
class BottlesPerUnitTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "0.5", "1/6", "125/750", "12.50/75"})
    void anOrdinaryRatio_writesItsNumbersAsGiven_andReadsBack(String text) {
        BottlesPerUnit ratio = BottlesPerUnit.parse(text);

        assertThat(ratio).hasToString(text);
        assertThat(BottlesPerUnit.parse(ratio.toString())).isEqualTo(ratio);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2000", "1/1e-2000", "1e-2000/3", "-1e2000/1e-2000"})
    void aRatioWithAHugeExponent_writesItInScientificNotation_inTheCommandsLinksAndEventsThatCarryIt(String text) {
        // A host logging the command it was handed before the engine refused it got the plain digits: with
        // 1e100000000, a string of a hundred million characters (2,001 here, for a test that fails fast).
        BottlesPerUnit ratio = BottlesPerUnit.parse(text);
        LinkReference command = LinkReference.yes(ref("P1"), "w1").withPerSale(ratio);
        Link link = new Link(1, ref("P1"), "w1", ratio, LocalDate.MIN, false);

        assertThat(ratio.toString()).hasSizeLessThan(40).contains("E");
        assertThat(BottlesPerUnit.parse(ratio.toString())).isEqualTo(ratio);
        assertThat(command.toString()).hasSizeLessThan(400);
        assertThat(new SyncEvent.Linked(link, Instant.EPOCH).toString()).hasSizeLessThan(400);
        assertThat(new SyncEvent.Unlinked(link, false, Instant.EPOCH).toString()).hasSizeLessThan(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/0.0000001", "-0.0000001", "1/1e-2000"})
    void aRatioIsWrittenAsTheRejectionOfALinkNamesIt(String text) {
        BottlesPerUnit ratio = BottlesPerUnit.parse(text);
        SyncEngine engine = Fixtures.engineWithSiteAndWines();
        Fixtures.applied(engine, Fixtures.sales(Fixtures.billed("T1", Fixtures.DAY1,
                Fixtures.line("O1", 1, "P1", "1"))));

        Rejection rejection = Fixtures.rejected(engine, LinkReference.yes(ref("P1"), "w1").withPerSale(ratio));

        assertThat(rejection.value()).isEqualTo(ratio.toString());
        assertThat(rejection.message()).contains(ratio.toString());
    }
}
