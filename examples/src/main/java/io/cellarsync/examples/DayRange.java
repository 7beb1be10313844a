package io.cellarsync.examples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The business days {@code --date D [--to D2]} name, checked the same way by every command that reads days from a
 * gateway ({@code import}, {@code tickets}): a range runs forwards and holds at most {@link #MAX_DAYS} days, since
 * each day is one paced request and a mistyped year would otherwise start thousands of them.
 *
 * @param first the first business day
 * @param last the last business day, {@code first} for one day
 */
public record DayRange(LocalDate first, LocalDate last) {

    /** The longest range one command reads: a year and a day, so that a leap year fits. */
    public static final int MAX_DAYS = 367;

    /**
     * The range of {@code --date} and {@code --to}, or a usage error (exit 2) before anything is fetched.
     *
     * @param commandLine the command, for the usage error
     * @param date {@code --date}
     * @param to {@code --to}, or null for one day
     * @return the range
     * @throws ParameterException if {@code --to} is before {@code --date} or more than {@code MAX_DAYS - 1} days after
     */
    public static DayRange of(CommandLine commandLine, LocalDate date, @Nullable LocalDate to) {
        LocalDate last = to == null ? date : to;
        if (last.isBefore(date) || ChronoUnit.DAYS.between(date, last) > MAX_DAYS - 1) {
            throw new ParameterException(commandLine, "--to " + last + " must be on or after --date " + date
                    + " and at most " + (MAX_DAYS - 1) + " days later: one command reads at most " + MAX_DAYS
                    + " business days; split a longer range");
        }
        return new DayRange(date, last);
    }

    /**
     * The business days of the range, in order. Each is read from the gateway as a call of its own, under the client's
     * deadline: read as one call, a range of up to 367 days had one deadline for all its days (a review).
     *
     * @return the days, from {@link #first} to {@link #last}
     */
    public List<LocalDate> dates() {
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /** @return how many business days the range holds, from 1 to {@link #MAX_DAYS} */
    public int days() {
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }
}
