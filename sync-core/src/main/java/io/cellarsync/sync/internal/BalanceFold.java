package io.cellarsync.sync.internal;

import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.MovementCause;
import io.cellarsync.sync.StockBalance;
import io.cellarsync.sync.StockMovement;
import io.cellarsync.sync.VatRevenue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums stock movements into a {@link StockBalance}. Sale quantities are summed per ratio (bottles per unit) and
 * multiplied once at the end, so that fractional ratios such as 1/6 add up exactly.
 */
public final class BalanceFold {

    private BalanceFold() {}

    /**
     * Sums movements.
     *
     * @param movements the movements of one wine
     * @return the balance
     */
    public static StockBalance sum(Iterable<StockMovement> movements) {
        BigDecimal initial = BigDecimal.ZERO;
        BigDecimal received = BigDecimal.ZERO;
        Map<String, CellarSums> cellars = new LinkedHashMap<>();
        TreeMap<BigDecimal, BigDecimal[]> revenue = new TreeMap<>();
        for (StockMovement movement : movements) {
            CellarSums cellar = cellars.computeIfAbsent(movement.cellar(), c -> new CellarSums());
            MovementCause cause = movement.cause();
            if (cause instanceof MovementCause.SaleEffect) {
                MovementCause.SaleEffect sale = (MovementCause.SaleEffect) cause;
                cellar.addUnits(sale.perSale(), sale.quantity());
                BigDecimal[] sums = revenue.computeIfAbsent(sale.vatRate(), r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(sale.gross());
                sums[1] = sums[1].add(sale.net());
            } else if (cause instanceof MovementCause.InitialStock) {
                initial = initial.add(cause.bottles());
                cellar.base = cellar.base.add(cause.bottles());
            } else {
                received = received.add(cause.bottles());
                cellar.base = cellar.base.add(cause.bottles());
            }
        }
        BigDecimal depleted = BigDecimal.ZERO;
        Map<String, BigDecimal> stockByCellar = new LinkedHashMap<>();
        for (Map.Entry<String, CellarSums> cellar : cellars.entrySet()) {
            BigDecimal cellarDepleted = cellar.getValue().depleted();
            depleted = depleted.add(cellarDepleted);
            stockByCellar.put(cellar.getKey(), Decimals.tidy(cellar.getValue().base.subtract(cellarDepleted)));
        }
        List<VatRevenue> byVat = new ArrayList<>();
        revenue.forEach((rate, sums) -> byVat.add(new VatRevenue(Decimals.tidy(rate), sums[0], sums[1])));
        return new StockBalance(Decimals.tidy(initial), Decimals.tidy(received), Decimals.tidy(depleted),
                Decimals.tidy(initial.add(received).subtract(depleted)), stockByCellar, byVat);
    }

    private static final class CellarSums {
        BigDecimal base = BigDecimal.ZERO;
        final List<BottlesPerUnit> ratios = new ArrayList<>(2);
        final List<BigDecimal> units = new ArrayList<>(2);

        void addUnits(BottlesPerUnit ratio, BigDecimal quantity) {
            for (int i = 0; i < ratios.size(); i++) {
                BottlesPerUnit known = ratios.get(i);
                if (known == ratio || known.sameRatioAs(ratio)) {
                    units.set(i, units.get(i).add(quantity));
                    return;
                }
            }
            ratios.add(ratio);
            units.add(quantity);
        }

        BigDecimal depleted() {
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < ratios.size(); i++) {
                total = total.add(ratios.get(i).bottlesFor(units.get(i)));
            }
            return total;
        }
    }
}
