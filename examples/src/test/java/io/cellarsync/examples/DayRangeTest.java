package io.cellarsync.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The range of business days that {@code import} and {@code tickets} read. */
class DayRangeTest {

    private static final CommandLine COMMAND = new CommandLine(new CellarsyncCommand());
    private static final LocalDate LEAP_DAY_YEAR = LocalDate.of(2028, 1, 1);

    @Test
    void aLeapYearAndADay_is367Days_andIsRead() {
        DayRange range = DayRange.of(COMMAND, LEAP_DAY_YEAR, LEAP_DAY_YEAR.plusDays(366));

        assertThat(range.days()).isEqualTo(DayRange.MAX_DAYS).isEqualTo(367);
    }

    @Test
    void oneDayMore_isRefused_sayingWhatIsAccepted() {
        assertThatThrownBy(() -> DayRange.of(COMMAND, LEAP_DAY_YEAR, LEAP_DAY_YEAR.plusDays(367)))
                .isInstanceOf(ParameterException.class)
                .hasMessage("--to 2029-01-02 must be on or after --date 2028-01-01 and at most 366 days later: one"
                        + " command reads at most 367 business days; split a longer range");
    }

    @Test
    void noTo_isOneDay_andABackwardsRangeIsRefused() {
        assertThat(DayRange.of(COMMAND, LEAP_DAY_YEAR, null)).isEqualTo(new DayRange(LEAP_DAY_YEAR, LEAP_DAY_YEAR));
        assertThat(DayRange.of(COMMAND, LEAP_DAY_YEAR, null).days()).isEqualTo(1);
        assertThatThrownBy(() -> DayRange.of(COMMAND, LEAP_DAY_YEAR, LEAP_DAY_YEAR.minusDays(1)))
                .isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("--to 2027-12-31 must be on or after --date 2028-01-01");
    }
}
