package io.cellarsync.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.sync.Attribution;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.RecordedTicket;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory sales ledger lists each ticket once under each reference it ever had, whoever recorded it. */
class InMemorySalesLedgerTest {

    private static final SiteId SITE = new SiteId("S1");
    private static final PosReferenceId WINE = new PosReferenceId(SITE, "P1");

    @Test
    void ticketsRecordedWithAndWithoutTheReferencesState_areListedOnceEach_inTheOrderFirstListed() {
        InMemorySalesLedger ledger = new InMemorySalesLedger();
        ReferenceState state = new ReferenceState(WINE, "Wine", null);

        ledger.record(recorded(ticket("T1", "P1")));
        ledger.record(recorded(ticket("T2", "P1", "P2")), new ReferenceState[] {state, null});
        ledger.record(recorded(ticket("T1", "P1")), new ReferenceState[] {state});
        ledger.record(recorded(ticket("T3", "P2", "P1")));

        assertThat(ledger.ticketsOf(WINE)).extracting(t -> t.ticket().ticketKey()).containsExactly("T1", "T2", "T3");
        assertThat(ledger.ticketsOf(new PosReferenceId(SITE, "P2"))).extracting(t -> t.ticket().ticketKey())
                .containsExactly("T2", "T3");
    }

    @Test
    void aLargeTicketThatDropsAReferenceAndGetsItBack_isListedOnceUnderIt() {
        InMemorySalesLedger ledger = new InMemorySalesLedger();
        String[] withWine = new String[40];
        String[] withoutWine = new String[40];
        for (int i = 0; i < 40; i++) {
            withWine[i] = i == 7 ? "P1" : "X" + i;
            withoutWine[i] = "X" + i;
        }

        ledger.record(recorded(ticket("BIG", withWine)));
        ledger.record(recorded(ticket("BIG", withoutWine)));
        ledger.record(recorded(ticket("BIG", withWine)));

        assertThat(ledger.ticketsOf(WINE)).extracting(t -> t.ticket().ticketKey()).containsExactly("BIG");
        assertThat(ledger.ticketsOf(new PosReferenceId(SITE, "X3"))).hasSize(1);
    }

    private static SaleTicket ticket(String key, String... products) {
        SaleLine[] lines = new SaleLine[products.length];
        for (int i = 0; i < products.length; i++) {
            lines[i] = SaleLine.main("O", i, products[i], products[i], BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE,
                    BigDecimal.ONE);
        }
        return SaleTicket.billed(SITE, key, LocalDate.of(2026, 3, 1), List.of(lines));
    }

    private static RecordedTicket recorded(SaleTicket ticket) {
        return RecordedTicket.of(ticket, "main", Arrays.asList(new Attribution[ticket.lines().size()]));
    }
}
