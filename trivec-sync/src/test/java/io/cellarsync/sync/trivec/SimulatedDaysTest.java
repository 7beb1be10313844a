package io.cellarsync.sync.trivec;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.SaleLine;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import io.cellarsync.trivec.Ticket;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.TrivecClient;
import io.cellarsync.trivec.testkit.DayTotals;
import io.cellarsync.trivec.testkit.GatewaySimulator;
import io.cellarsync.trivec.testkit.SimulatedProduct;
import io.cellarsync.trivec.testkit.SimulatorConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mapping of whole generated days (voids, transfers, refunds, menus, add-ons, open and internal tickets,
 * 28-digit decimals), checked against the exact totals the testkit's simulator computed while generating them.
 */
class SimulatedDaysTest {

    private static final TicketQuery EVERYTHING = new TicketQuery(true, true, false, true, List.of(), "");
    private static GatewaySimulator gateway;
    private static TrivecClient client;

    @BeforeAll
    static void start() {
        gateway = GatewaySimulator.start(SimulatorConfig.defaults().withSeed(11));
        client = gateway.newClient();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static SiteId site() {
        return TrivecSiteIds.of(client.site());
    }

    private static BigDecimal gross(List<SaleTicket> tickets, boolean billed, boolean withInternal) {
        return tickets.stream()
                .filter(t -> t.open() != billed && (withInternal || !t.internal()))
                .flatMap(t -> t.lines().stream())
                .map(SaleLine::gross)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void everyLineAndAddOnOfADay_isMapped_withTheGatewaysExactTotals() {
        for (LocalDate day : gateway.days()) {
            List<Ticket> fetched = client.ticketsOfDay(day, EVERYTHING);
            DayTotals expected = gateway.expectedTotals(day, EVERYTHING);

            List<SaleTicket> mapped = TrivecTickets.toSaleTickets(site(), fetched);

            assertThat(mapped).hasSize(expected.tickets());
            assertThat(mapped.stream().filter(SaleTicket::open)).hasSize(expected.openTickets());
            assertThat(mapped.stream().filter(SaleTicket::internal)).hasSize(expected.internalTickets());
            assertThat(mapped.stream().mapToInt(t -> t.lines().size()).sum())
                    .isEqualTo(expected.lines() + expected.addons());
            assertThat(gross(mapped, true, true)).isEqualByComparingTo(expected.grossTotal());
            BigDecimal net = mapped.stream().filter(t -> !t.open()).flatMap(t -> t.lines().stream())
                    .map(SaleLine::net).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(net).as("net, exact to the last digit").isEqualByComparingTo(expected.netTotal());
        }
    }

    @Test
    void everyBilledTicket_carriesTheRequestedBusinessDay_andOpenOnesNone() {
        LocalDate day = gateway.days().get(1);

        List<SaleTicket> mapped = TrivecTickets.toSaleTickets(site(), client.ticketsOfDay(day, EVERYTHING));

        assertThat(mapped).filteredOn(t -> !t.open()).isNotEmpty().allMatch(t -> day.equals(t.businessDate()));
        assertThat(mapped).filteredOn(SaleTicket::open).isNotEmpty().allMatch(t -> t.businessDate() == null);
    }

    @Test
    void lineIdentities_areUniqueAcrossAllDays() {
        List<Ticket> all = gateway.days().stream().flatMap(d -> client.ticketsOfDay(d, EVERYTHING).stream()).toList();

        List<SaleTicket> mapped = TrivecTickets.toSaleTickets(site(), all);

        assertThat(mapped.stream().flatMap(t -> t.lines().stream().map(t::lineId))).doesNotHaveDuplicates();
    }

    @Test
    void theCatalogue_isMapped_withEveryProductsPriceVatRateAndGroup() {
        List<CatalogueEntry> entries = TrivecCatalogue.toEntries(site(), client.products(), client.productGroups());

        assertThat(entries).hasSize(gateway.products().size());
        for (SimulatedProduct product : gateway.products()) {
            CatalogueEntry entry = entries.stream().filter(e -> e.reference().productKey().equals(product.key()))
                    .findFirst().orElseThrow();
            assertThat(entry.name()).isEqualTo(product.name());
            assertThat(entry.price()).isEqualByComparingTo(product.price());
            assertThat(entry.vatRate()).isEqualByComparingTo(product.vatRate());
            assertThat(entry.groupName()).isEqualTo(product.groupName());
            assertThat(entry.productNumber()).isEqualTo(Long.toString(product.number()));
        }
    }
}
