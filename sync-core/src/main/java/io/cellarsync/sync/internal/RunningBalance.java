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
import org.jspecify.annotations.Nullable;

/**
 * A wine's stock and revenue summed movement by movement, read as a {@link StockBalance} at any time. Sale quantities
 * are summed per cellar and ratio (bottles per unit) and multiplied once when read, so that fractional ratios such as
 * 1/6 add up exactly. The in-memory stock ledger keeps one per wine; {@link BalanceFold} sums a list with one.
 */
final class RunningBalance {

    private BigDecimal initial = BigDecimal.ZERO;
    private BigDecimal received = BigDecimal.ZERO;
    private final Map<String, CellarSums> cellars = new LinkedHashMap<>(4);
    private final TreeMap<BigDecimal, BigDecimal[]> revenue = new TreeMap<>();
    /**
     * The cellar summed last and its sums, which are in {@link #cellars} (a wine's sales mostly go to one cellar);
     * none at first, so that any cellar name, the empty one included, goes through the map once.
     */
    private @Nullable String lastCellar;
    private @Nullable CellarSums lastSums;

    /** Adds a movement, whatever its cause. */
    void add(StockMovement movement) {
        MovementCause cause = movement.cause();
        if (cause instanceof MovementCause.SaleEffect) {
            MovementCause.SaleEffect sale = (MovementCause.SaleEffect) cause;
            addSale(movement.cellar(), sale.perSale(), sale.quantity(), sale.vatRate(), sale.gross(), sale.net());
        } else if (cause instanceof MovementCause.InitialStock) {
            initial = initial.add(cause.bottles());
            sums(movement.cellar()).base = sums(movement.cellar()).base.add(cause.bottles());
        } else {
            received = received.add(cause.bottles());
            sums(movement.cellar()).base = sums(movement.cellar()).base.add(cause.bottles());
        }
    }

    /**
     * Adds the effect of a sale line, or subtracts it for a reversal.
     *
     * @param cellar the cellar
     * @param perSale the ratio
     * @param quantity the quantity sold, signed as the line
     * @param vatRate the VAT rate
     * @param gross the revenue incl. VAT, signed as the line
     * @param net the revenue excl. VAT, signed as the line
     * @param reverse whether the effect is taken away
     */
    void addSale(String cellar, BottlesPerUnit perSale, BigDecimal quantity, BigDecimal vatRate, BigDecimal gross,
            BigDecimal net, boolean reverse) {
        if (reverse) {
            addSale(cellar, perSale, quantity.negate(), vatRate, gross.negate(), net.negate());
        } else {
            addSale(cellar, perSale, quantity, vatRate, gross, net);
        }
    }

    /**
     * Adds sums of sale effects of one cellar, ratio and VAT rate, as summed elsewhere ({@link SaleSums}).
     *
     * @param cellar the cellar
     * @param perSale the ratio
     * @param quantity the units, signed
     * @param vatRate the VAT rate
     * @param gross the revenue incl. VAT
     * @param net the revenue excl. VAT
     */
    void addSums(String cellar, BottlesPerUnit perSale, BigDecimal quantity, BigDecimal vatRate, BigDecimal gross,
            BigDecimal net) {
        addSale(cellar, perSale, quantity, vatRate, gross, net);
    }

    /** A copy to add more to, leaving this one as it is. */
    RunningBalance copy() {
        RunningBalance copy = new RunningBalance();
        copy.initial = initial;
        copy.received = received;
        for (Map.Entry<String, CellarSums> cellar : cellars.entrySet()) {
            CellarSums sums = new CellarSums();
            sums.base = cellar.getValue().base;
            sums.ratios.addAll(cellar.getValue().ratios);
            sums.units.addAll(cellar.getValue().units);
            copy.cellars.put(cellar.getKey(), sums);
        }
        revenue.forEach((rate, sums) -> copy.revenue.put(rate, sums.clone()));
        return copy;
    }

    private void addSale(String cellar, BottlesPerUnit perSale, BigDecimal quantity, BigDecimal vatRate,
            BigDecimal gross, BigDecimal net) {
        sums(cellar).addUnits(perSale, quantity);
        BigDecimal[] sums = revenue.get(vatRate);
        if (sums == null) {
            revenue.put(vatRate, new BigDecimal[] {BigDecimal.ZERO.add(gross), BigDecimal.ZERO.add(net)});
        } else {
            sums[0] = sums[0].add(gross);
            sums[1] = sums[1].add(net);
        }
    }

    private CellarSums sums(String cellar) {
        CellarSums last = lastSums;
        if (last != null && cellar.equals(lastCellar)) {
            return last;
        }
        CellarSums sums = cellars.computeIfAbsent(cellar, c -> new CellarSums());
        lastCellar = cellar;
        lastSums = sums;
        return sums;
    }

    /** The balance so far. */
    StockBalance balance() {
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
