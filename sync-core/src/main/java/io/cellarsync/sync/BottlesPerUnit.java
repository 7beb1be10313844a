package io.cellarsync.sync;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import io.cellarsync.sync.internal.Decimals;
import java.util.Objects;

/**
 * How many bottles one unit sold of a POS reference takes from stock, as an exact fraction (semantic 7): {@code 1}
 * for the bottle button, {@code 1/6} for a 12.5 cl glass of a 75 cl bottle. Kept as a fraction so that six glasses
 * make exactly one bottle.
 *
 * <p>A value with a ratio of zero or less can be built (a command must be able to carry what the user typed), but the
 * engine rejects a link that uses it.
 *
 * @param numerator the numerator
 * @param denominator the denominator; not zero
 */
public record BottlesPerUnit(BigDecimal numerator, BigDecimal denominator) {

    /** One bottle per unit sold: the default. */
    public static final BottlesPerUnit ONE_BOTTLE = new BottlesPerUnit(BigDecimal.ONE, BigDecimal.ONE);

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the denominator is zero
     */
    public BottlesPerUnit {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("Bottles per unit " + numerator + "/0: the denominator must not be zero.");
        }
    }

    /**
     * A whole or decimal number of bottles per unit, such as {@code 1} or {@code 0.5}.
     *
     * @param bottles bottles per unit sold
     * @return the ratio
     */
    public static BottlesPerUnit of(BigDecimal bottles) {
        return new BottlesPerUnit(bottles, BigDecimal.ONE);
    }

    /**
     * A glass of a bottle: the glass volume divided by the bottle volume, for instance 125 ml of 750 ml is 1/6.
     *
     * @param glassMl the glass's volume in millilitres
     * @param bottleMl the bottle's volume in millilitres
     * @return the ratio
     */
    public static BottlesPerUnit glass(int glassMl, int bottleMl) {
        return new BottlesPerUnit(BigDecimal.valueOf(glassMl), BigDecimal.valueOf(bottleMl));
    }

    /**
     * Reads {@code "1"}, {@code "0.5"} or a fraction such as {@code "1/6"}.
     *
     * @param text the text
     * @return the ratio
     * @throws IllegalArgumentException if the text is not a number or a fraction of two numbers with a non-zero
     *     denominator
     */
    public static BottlesPerUnit parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        try {
            if (slash < 0) {
                return of(new BigDecimal(trimmed));
            }
            return new BottlesPerUnit(new BigDecimal(trimmed.substring(0, slash).trim()),
                    new BigDecimal(trimmed.substring(slash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Bottles per unit '" + text
                    + "' is not a number: give a decimal such as 1 or 0.5, or a fraction such as 1/6.", e);
        }
    }

    /**
     * Whether the ratio is above zero, the only ratios a link accepts.
     *
     * @return {@code true} if numerator / denominator &gt; 0
     */
    public boolean isPositive() {
        return numerator.signum() * denominator.signum() > 0;
    }

    /**
     * Bottles taken by a quantity sold: {@code quantity × numerator / denominator}, exact when it can be, otherwise
     * rounded to 34 significant digits.
     *
     * @param quantity the signed quantity sold
     * @return the bottles
     */
    public BigDecimal bottlesFor(BigDecimal quantity) {
        BigDecimal product = quantity.multiply(numerator);
        if (denominator.compareTo(BigDecimal.ONE) == 0) {
            return product;
        }
        return product.divide(denominator, MathContext.DECIMAL128);
    }

    /**
     * Whether two ratios are the same number, such as 1/6 and 2/12.
     *
     * @param other the other ratio
     * @return {@code true} if they are equal as numbers
     */
    public boolean sameRatioAs(BottlesPerUnit other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator)) == 0;
    }

    /**
     * The ratio as a decimal, rounded to 6 decimal places when it does not terminate.
     *
     * @return the ratio
     */
    public BigDecimal asDecimal() {
        return Decimals.tidy(bottlesFor(BigDecimal.ONE).setScale(6, RoundingMode.HALF_EVEN));
    }

    /**
     * The ratio as {@link #parse} reads it back, and as every rejection of a ratio names it: the numerator alone when
     * the denominator is 1, as {@link #of} gives it, else {@code numerator/denominator}, each number as
     * {@link BigDecimal#toString()} writes it ({@code 1/6}, {@code 0.5}), so in scientific notation when its exponent
     * is large ({@code 1E+2000}, {@code 1/1E-7}) and never in its plain digits: a number a host hands in before the
     * engine refuses it ({@code 1e100000000}) would write a hundred million of them into a {@link Link},
     * {@link LinkReference} or {@link SyncEvent} it logs.
     *
     * @return the ratio
     */
    @Override
    public String toString() {
        return denominator.compareTo(BigDecimal.ONE) == 0
                ? numerator.toString()
                : numerator.toString() + "/" + denominator.toString();
    }
}
