package io.cellarsync.examples.sync;

import io.cellarsync.examples.DayRange;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.examples.trivec.GatewayOptions;
import io.cellarsync.sync.ChangeSummary;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.SaleTicket;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncOutcome;
import io.cellarsync.sync.trivec.TrivecCatalogue;
import io.cellarsync.sync.trivec.TrivecTickets;
import io.cellarsync.trivec.Centre;
import io.cellarsync.trivec.ProductGroup;
import io.cellarsync.trivec.Ticket;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.TrivecClient;
import io.cellarsync.trivec.TrivecClientBuilder;
import io.cellarsync.trivec.TrivecNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync import}: the nightly job. Fetches the site's catalogue, then the tickets of each business day,
 * maps them with {@code trivec-sync}, and gives both to the engine as one change of the state: a process killed
 * while fetching or writing leaves the state as before; once the summary is printed, it is as after.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a site's catalogue and the sales of one or more business days into the state.",
            "Prints {\"days\":N,\"tickets\":N,\"linesApplied\":N,\"unlinkedLines\":N,\"gross\":X,"
                    + "\"autoLinked\":N,\"linesBackfilled\":N}: tickets is the number of billed tickets of those"
                    + " days; linesApplied, unlinkedLines and gross count what changed, so importing the same days"
                    + " again prints 0 for them; autoLinked counts the products of the reset report that came back"
                    + " and were linked, linesBackfilled the recorded sales those links back-filled."})
public final class ImportCommand implements Runnable {

    /**
     * Last touches to the client before it is built. The runner keeps the client's defaults (requests paced
     * 100 ms apart, retries with real backoff); tests against the simulator drop the pacing here so they never
     * sleep.
     */
    static volatile UnaryOperator<TrivecClientBuilder> clientSettings = UnaryOperator.identity();

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;
    @Mixin GatewayOptions gateway;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "The (first) business day.")
    LocalDate date;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The last business day (default: --date; at most " + DayRange.MAX_DAYS + " days in all).")
    @Nullable LocalDate to;

    @Option(names = "--center", paramLabel = "KEY",
            description = "Import only this point of sale (repeatable; default: all of them).")
    List<String> centres = new ArrayList<>();

    @Override
    public void run() {
        DayRange range = DayRange.of(spec.commandLine(), date, to);
        try (CellarState cellar = CellarState.openForWriting(state.directory(), Clock.systemUTC())) {
            TrivecClient client = clientSettings.apply(gateway.clientBuilder()).build();
            SiteId site = SiteChoice.forImport(client.site().baseUri(), cellar.engine().sites());
            checkCentres(client, site);
            // Everything slow or fallible happens before the engine sees anything.
            ImportCatalogue catalogue = new ImportCatalogue(site,
                    TrivecCatalogue.toEntries(site, client.products(), productGroups(client)));
            ImportSales sales = new ImportSales(saleTickets(client, site, range), centres);
            List<SyncOutcome.Applied> outcomes = cellar.record(List.of(catalogue, sales));
            JsonOutput.print(spec.commandLine().getOut(),
                    ImportSummary.of(range.days(), outcomes.get(0).summary(), outcomes.get(1).summary()));
        }
    }

    private List<SaleTicket> saleTickets(TrivecClient client, SiteId site, DayRange range) {
        // Open tickets are asked for so that a ticket reopened since its import is seen as open again; internal
        // ones because they move stock; free add-ons because a free glass still leaves the bottle.
        // Each day is a call of its own, with the client's deadline (DayRange#dates).
        TicketQuery query = new TicketQuery(true, true, false, true, centres, "");
        List<Ticket> tickets = new ArrayList<>();
        for (LocalDate day : range.dates()) {
            tickets.addAll(client.ticketsOfDay(day, query));
        }
        return TrivecTickets.toSaleTickets(site, tickets);
    }

    /**
     * A mistyped --center would import none of the night's tickets and still succeed: it is refused first. The site
     * is named by its id in the state, never by its base URI, which may hold a proxy's credentials.
     */
    private void checkCentres(TrivecClient client, SiteId site) {
        if (centres.isEmpty()) {
            return;
        }
        List<Centre> known;
        try {
            known = client.centres();
        } catch (TrivecNotFoundException e) {
            return; // a gateway without the route: the centres cannot be checked
        }
        List<String> unknown = centres.stream()
                .filter(key -> known.stream().noneMatch(centre -> centre.key().equals(key))).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--center " + String.join(", ", unknown) + ": no such point of sale on"
                    + " the site " + site + "; its centres are " + known.stream()
                            .map(centre -> centre.key() + " (" + centre.name() + ")")
                            .collect(Collectors.joining(", ")) + "; nothing was imported");
        }
    }

    private static List<ProductGroup> productGroups(TrivecClient client) {
        try {
            return client.productGroups();
        } catch (TrivecNotFoundException e) {
            return List.of(); // group names are a nicety; some gateway versions lack the route
        }
    }

    /**
     * The printed summary.
     *
     * @param days business days fetched
     * @param tickets billed tickets of those days, new, changed or unchanged
     * @param linesApplied sale lines of linked references that moved stock
     * @param unlinkedLines new or changed sale lines of references not linked yet
     * @param gross the change of recorded revenue, VAT included
     * @param autoLinked products of the reset report that came back in the catalogue and were linked (R15)
     * @param linesBackfilled recorded sale lines those automatic links applied
     */
    record ImportSummary(int days, int tickets, int linesApplied, int unlinkedLines, BigDecimal gross, int autoLinked,
            int linesBackfilled) {

        /** The summary of an import: its catalogue's automatic links, then its sales. */
        static ImportSummary of(int days, ChangeSummary catalogue, ChangeSummary sales) {
            return new ImportSummary(days, sales.ticketsChanged() + sales.ticketsUnchanged(), sales.linesApplied(),
                    sales.unlinkedLines(), sales.gross(), catalogue.referencesAutoLinked(),
                    catalogue.linesBackfilled());
        }
    }
}
