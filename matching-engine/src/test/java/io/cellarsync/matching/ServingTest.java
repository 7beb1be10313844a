package io.cellarsync.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ServingTest {

    @Test
    void aTwelveCentilitreGlass_isTwelveSeventyFifthsOfABottle() {
        Serving glass = new Serving(Serving.Kind.GLASS, OptionalInt.of(120));

        assertThat(glass.bottlesPerUnit(750)).contains(new BigDecimal("0.16"));
    }

    @Test
    void aBottleOfUnknownVolume_isOneBottle_andAGlassOfUnknownVolumeIsUnknown() {
        assertThat(Serving.UNSPECIFIED_BOTTLE.bottlesPerUnit(750)).contains(BigDecimal.ONE);
        assertThat(new Serving(Serving.Kind.GLASS, OptionalInt.empty()).bottlesPerUnit(750)).isEmpty();
    }

    @Test
    void badVolumes_areRejected() {
        assertThatThrownBy(() -> new Serving(Serving.Kind.GLASS, OptionalInt.of(0)))
                .hasMessageContaining("positive").hasMessageContaining("0");
        assertThatThrownBy(() -> Serving.UNSPECIFIED_BOTTLE.bottlesPerUnit(-750))
                .hasMessageContaining("-750");
    }
}
