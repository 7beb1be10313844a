package io.cellarsync.trivec;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date as the gateway sends it: a calendar date, or "no date".
 *
 * <p>The gateway writes dates as {@code yyyyMMdd} integers and writes .NET's minimum date, {@code 10101}, for a
 * date that is not set (an open ticket's {@code ActualDate}); absent dates are "no date" too.
 */
public final class TrivecDate {

    private static final TrivecDate NONE = new TrivecDate(null);

    private final @Nullable LocalDate date;

    private TrivecDate(@Nullable LocalDate date) {
        this.date = date;
    }

    /**
     * "No date": the gateway's {@code 10101}, or an absent date.
     *
     * @return the shared "no date" value
     */
    public static TrivecDate none() {
        return NONE;
    }

    /**
     * A set date.
     *
     * @param date the calendar date
     * @return the value
     */
    public static TrivecDate of(LocalDate date) {
        return new TrivecDate(Objects.requireNonNull(date, "date"));
    }

    /**
     * The date, if set.
     *
     * @return the date, or empty for "no date"
     */
    public Optional<LocalDate> toLocalDate() {
        return Optional.ofNullable(date);
    }

    /**
     * Whether this is "no date".
     *
     * @return true for {@code 10101} or an absent date
     */
    public boolean isNone() {
        return date == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrivecDate that && Objects.equals(date, that.date);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(date);
    }

    /** @return {@code yyyy-MM-dd}, or {@code no date} */
    @Override
    public String toString() {
        return date == null ? "no date" : date.toString();
    }
}
