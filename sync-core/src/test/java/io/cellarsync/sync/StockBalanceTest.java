package io.cellarsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link StockBalance#of}: the balance a host computes from a list of movements, whatever the cellars are called. */
class StockBalanceTest {

    private static final Instant AT = Instant.parse("2026-12-04T07:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"", "cave", "main"})
    void aSaleIsCountedInItsCellar_whateverTheCellarsName(String cellar) {
        SaleEffect sale = new SaleEffect(cellar);
        StockBalance balance = StockBalance.of(List.of(
                new StockMovement(AT, "w1", cellar, new MovementCause.InitialStock(new BigDecimal("12"))),
                sale.movement()));

        assertThat(balance.depleted()).isEqualByComparingTo("3");
        assertThat(balance.stock()).isEqualByComparingTo("9");
        assertThat(balance.stockByCellar()).containsOnlyKeys(cellar);
        assertThat(balance.stockByCellar()).hasEntrySatisfying(cellar, stock -> assertThat(stock).isEqualByComparingTo("9"));
    }

    /** A sale of 3 bottles in a cellar. */
    private record SaleEffect(String cellar) {
        StockMovement movement() {
            SaleLineId line = new SaleLineId(new SiteId("S1"), "T1", "O1", 0, null);
            MovementCause.SaleEffect cause = new MovementCause.SaleEffect(SaleEffectKind.SALE, line,
                    PosReferenceId.of("S1", "P1"), 1, LocalDate.of(2026, 12, 3), new BigDecimal("3"),
                    BottlesPerUnit.ONE_BOTTLE, new BigDecimal("30.00"), new BigDecimal("25.00"), new BigDecimal("20"));
            return new StockMovement(AT, "w1", cellar, cause);
        }
    }
}
