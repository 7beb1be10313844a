package io.cellarsync.trivec.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.trivec.Ticket;
import io.cellarsync.trivec.TicketDayParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Generated days of any seed and size round-trip through the client's parser with exact totals. */
class GeneratedDayPropertyTest {

    /**
     * The sample a CI run found (2026-12-05): a day whose one billed ticket nets to zero. The gateway omits zero
     * amounts, so the parser reads {@code 0} where the generator summed {@code 0.00}: equal amounts of another scale.
     */
    @Example
    void aDayNettingToZero_roundTripsToTheSameAmount() {
        generatedDays_roundTripThroughTheParser_withExactTotals(-55, 1, 195);
    }

    @Property(tries = 60)
    void generatedDays_roundTripThroughTheParser_withExactTotals(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int ticketCount, @ForAll @IntRange(min = 0, max = 3000) int day) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(day);
        DayTotals expected = LargeDay.write(seed, date, ticketCount, bytes);

        List<Ticket> tickets = TicketDayParser.parseAll(new ByteArrayInputStream(bytes.toByteArray()), "S");

        BigDecimal gross = tickets.stream().map(Ticket::grossTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal net = tickets.stream().map(Ticket::netTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(tickets).hasSize(expected.tickets());
        // Amounts compare by value: an omitted zero is read as 0, not 0.00.
        assertThat(gross).isEqualByComparingTo(expected.grossTotal());
        assertThat(net).isEqualByComparingTo(expected.netTotal());
        assertThat(tickets.stream().mapToInt(Ticket::lineCount).sum()).isEqualTo(expected.lines());
        assertThat(tickets.stream().mapToInt(Ticket::addonCount).sum()).isEqualTo(expected.addons());
        assertThat(tickets).allSatisfy(t -> {
            assertThat(t.grossTotal()).isEqualByComparingTo(t.totalPrice());
            assertThat(t.businessDate()).contains(date);
            assertThat(t.totalToPay()).isEqualByComparingTo(t.isInternal() ? t.totalPrice() : BigDecimal.ZERO);
        });
    }
}
