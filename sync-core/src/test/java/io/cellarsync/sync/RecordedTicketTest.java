package io.cellarsync.sync;

import static io.cellarsync.sync.Fixtures.DAY1;
import static io.cellarsync.sync.Fixtures.SITE;
import static io.cellarsync.sync.Fixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedTicketTest {

    private static final Attribution W1 = new Attribution(1, "w1", "main", BottlesPerUnit.ONE_BOTTLE);
    private static final RecordedTicket TICKET = RecordedTicket.of(SaleTicket.billed(SITE, "T1", DAY1,
            List.of(line("O1", 0, "P1", "1"), line("O1", 1, "P2", "2"), line("O1", 2, "P1", "3"))), "main",
            Arrays.asList(null, null, null));

    @Test
    void withAttributions_replacesEveryLinesAttributionAtOnce_likeOneAtATime() {
        RecordedTicket atOnce = TICKET.withAttributions(Arrays.asList(W1, null, W1));
        RecordedTicket oneByOne = TICKET.withAttribution(0, W1).withAttribution(2, W1);

        for (int i = 0; i < TICKET.size(); i++) {
            assertThat(atOnce.attribution(i)).isEqualTo(oneByOne.attribution(i));
        }
        assertThat(TICKET.attribution(0)).isNull();
    }

    @Test
    void withAttributions_ofTheWrongCount_isRefusedNamingBothCounts() {
        assertThatThrownBy(() -> TICKET.withAttributions(List.of(W1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T1").hasMessageContaining("3 lines").hasMessageContaining("got 1");
    }
}
