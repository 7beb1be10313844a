package io.cellarsync.sync.internal;

import io.cellarsync.sync.Attribution;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The running sums of the sale effects that went through one attribution (one link, wine, cellar and ratio): units
 * sold, and revenue per VAT rate; and the head of the chain of those facts in the in-memory stock ledger's log. Kept per attribution rather than per wine so that recording a line touches one small
 * object, found through the reference's slot; a wine's balance adds up its attributions' sums when asked.
 */
final class SaleSums {

    final Attribution attribution;
    /** Position in the stock ledger's log of the last fact through this attribution, or -1. */
    long last = -1;
    final ExactSum units = new ExactSum();
    /** The VAT rate of the attribution's first line; its lines almost always keep it. */
    private @Nullable BigDecimal vatRate;
    private final ExactSum gross = new ExactSum();
    private final ExactSum net = new ExactSum();
    /** Sums of the lines of other rates, by rate compared as numbers, or {@code null} while there are none. */
    private @Nullable TreeMap<BigDecimal, ExactSum[]> otherRates;

    SaleSums(Attribution attribution) {
        this.attribution = attribution;
    }

    /** Adds a line's effect, or takes it away for a reversal. */
    void add(BigDecimal quantity, BigDecimal rate, BigDecimal lineGross, BigDecimal lineNet, boolean reverse) {
        units.add(quantity, reverse);
        BigDecimal first = vatRate;
        if (first == null) {
            vatRate = rate;
            first = rate;
        }
        if (first == rate || first.compareTo(rate) == 0) {
            gross.add(lineGross, reverse);
            net.add(lineNet, reverse);
            return;
        }
        TreeMap<BigDecimal, ExactSum[]> others = otherRates;
        if (others == null) {
            others = new TreeMap<>();
            otherRates = others;
        }
        ExactSum[] sums = others.computeIfAbsent(rate, r -> new ExactSum[] {new ExactSum(), new ExactSum()});
        sums[0].add(lineGross, reverse);
        sums[1].add(lineNet, reverse);
    }

    /** Adds these sums into a balance. */
    void addTo(RunningBalance balance) {
        BigDecimal first = vatRate;
        if (first == null) {
            return;
        }
        balance.addSums(attribution.cellar(), attribution.perSale(), units.value(), first, gross.value(), net.value());
        TreeMap<BigDecimal, ExactSum[]> others = otherRates;
        if (others != null) {
            for (Map.Entry<BigDecimal, ExactSum[]> rate : others.entrySet()) {
                balance.addSums(attribution.cellar(), attribution.perSale(), BigDecimal.ZERO, rate.getKey(),
                        rate.getValue()[0].value(), rate.getValue()[1].value());
            }
        }
    }
}
