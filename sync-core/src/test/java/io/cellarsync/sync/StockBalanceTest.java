package io.cellarsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cellarsync.sync.Rejection.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StockBalance#of}: the balance a host computes from a list of movements, whatever the cellars are called; a
 * movement no command could have made is refused, naming it.
 */
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

    @Test
    void aStoredMovementWithAHugeScale_isRefused_namingItsIndexTheValueAndTheBound() {
        // A host's store handing back an adjustment of 1e-100000000 bottles made the sum, and every query of the
        // wine, run for minutes; 1e-2000 is refused by the same bound (and, summed unchecked, stays quick).
        List<StockMovement> movements = List.of(initial("12"),
                new StockMovement(AT, "w1", "main", new MovementCause.ManualAdjustment(new BigDecimal("1e-2000"),
                        "count")));

        InvalidHistoryException refused = refused(movements);

        assertThat(refused.index()).isEqualTo(1);
        assertThat(refused.getMessage()).contains("Movement 1", "'w1'", "1E-2000", "2000 decimal places",
                "at most 28").hasSizeLessThan(300);
        assertThat(refused.rejection()).map(Rejection::reason).contains(Reason.INVALID_ADJUSTMENT);
    }

    @Test
    void storedMovementsBeyondTheCommandsBounds_areRefused_withTheCommandsRejection() {
        MovementCause.SaleEffect sale = new SaleEffect("main").cause();

        InvalidHistoryException stock = refused(List.of(initial("1e7")));
        InvalidHistoryException ratio = refused(List.of(initial("12"), sale(sale, BottlesPerUnit.parse("1/0.0000001"),
                sale.net())));
        InvalidHistoryException net = refused(List.of(sale(sale, sale.perSale(), new BigDecimal("1e2000"))));

        assertThat(stock.rejection()).map(Rejection::reason).contains(Reason.INVALID_WINE);
        assertThat(stock.getMessage()).contains("Movement 0", "1E+7", "at most 1000000");
        assertThat(ratio.index()).isEqualTo(1);
        assertThat(ratio.rejection()).map(Rejection::reason).contains(Reason.INVALID_RATIO);
        assertThat(ratio.getMessage()).contains("1/1E-7", "1000000 bottles per unit sold");
        assertThat(net.rejection()).map(Rejection::reason).contains(Reason.INVALID_NUMBER);
        assertThat(net.getMessage()).contains("Net 1E+2000", "S1/T1/O1/0", "at most 29").hasSizeLessThan(400);
    }

    @Test
    void aNullMovement_isRefusedNamingItsIndex() {
        InvalidHistoryException refused = refused(Arrays.asList(initial("12"), null));

        assertThat(refused.index()).isEqualTo(1);
        assertThat(refused.getMessage()).contains("Movement 1", "null");
    }

    @Test
    void twoEqualMovements_areBothCounted() {
        // Two like adjustments applied at one instant are two movements: equal entries are not taken for one.
        StockMovement delivery = new StockMovement(AT, "w1", "main",
                new MovementCause.ManualAdjustment(new BigDecimal("6"), "delivery"));
        List<StockMovement> movements = new ArrayList<>(List.of(initial("12"), delivery, delivery));

        assertThat(StockBalance.of(movements).stock()).isEqualByComparingTo("24");
    }

    private static StockMovement initial(String bottles) {
        return new StockMovement(AT, "w1", "main", new MovementCause.InitialStock(new BigDecimal(bottles)));
    }

    /** A movement of the sale with another ratio and net. */
    private static StockMovement sale(MovementCause.SaleEffect sale, BottlesPerUnit perSale, BigDecimal net) {
        return new StockMovement(AT, "w1", "main", new MovementCause.SaleEffect(sale.kind(), sale.line(),
                sale.reference(), sale.linkNumber(), sale.businessDate(), sale.quantity(), perSale, sale.gross(), net,
                sale.vatRate()));
    }

    private static InvalidHistoryException refused(List<StockMovement> movements) {
        InvalidHistoryException refused = catchThrowableOfType(() -> StockBalance.of(movements),
                InvalidHistoryException.class);
        assertThat(refused).as("refusal of %s movements", movements.size()).isNotNull();
        return refused;
    }

    /** A sale of 3 bottles in a cellar. */
    private record SaleEffect(String cellar) {
        StockMovement movement() {
            return new StockMovement(AT, "w1", cellar, cause());
        }

        MovementCause.SaleEffect cause() {
            SaleLineId line = new SaleLineId(new SiteId("S1"), "T1", "O1", 0, null);
            return new MovementCause.SaleEffect(SaleEffectKind.SALE, line,
                    PosReferenceId.of("S1", "P1"), 1, LocalDate.of(2026, 12, 3), new BigDecimal("3"),
                    BottlesPerUnit.ONE_BOTTLE, new BigDecimal("30.00"), new BigDecimal("25.00"), new BigDecimal("20"));
        }
    }
}
