package io.cellarsync.examples;

import io.cellarsync.examples.library.LibraryCsvReader;
import io.cellarsync.examples.library.LibraryRow;
import io.cellarsync.examples.matching.CellarMatcher;
import io.cellarsync.examples.matching.FormatDisagreesException;
import io.cellarsync.examples.matching.SuggestedLink;
import io.cellarsync.examples.sync.LibraryImportCommand;
import io.cellarsync.examples.sync.Money;
import io.cellarsync.matching.Proposal;
import io.cellarsync.matching.Serving;
import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.ChangeSummary;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.QueueEntry;
import io.cellarsync.sync.SiteId;
import io.cellarsync.sync.SyncCommand;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.SyncOutcome;
import io.cellarsync.sync.UnlinkReference;
import io.cellarsync.sync.WineStock;
import io.cellarsync.sync.trivec.TrivecCatalogue;
import io.cellarsync.sync.trivec.TrivecSiteIds;
import io.cellarsync.sync.trivec.TrivecTickets;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.TrivecClient;
import io.cellarsync.trivec.testkit.GatewaySimulator;
import io.cellarsync.trivec.testkit.SimulatorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync demo}: three nights of a restaurant against a simulated Trivec gateway, with the library APIs
 * wired together as a host application would: {@code trivec-client} fetches, {@code trivec-sync} maps,
 * {@code sync-core} keeps links and stock, {@code matching-engine} proposes wines for the queue.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run three nights of sync against a simulated Trivec gateway and an embedded wine library:",
            "import, show the queue with the matcher's proposals, link (a glass too), unlink, show stock and revenue."})
public final class DemoCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the simulated restaurant (default: 42).")
    long seed;

    private PrintWriter out;
    private SyncEngine engine;

    @Override
    public void run() {
        out = spec.commandLine().getOut();
        out.println("cellarsync demo " + RunnerVersion.version());
        List<LibraryRow> library = embeddedLibrary();
        engine = SyncEngine.create(Clock.systemUTC());
        apply(new AddWines(library.stream().map(LibraryImportCommand::wine).toList()));
        CellarMatcher matcher = CellarMatcher.of(engine, List.of());
        out.printf("Library: %d wines (embedded demo/library.csv).%n", library.size());

        try (GatewaySimulator gateway = GatewaySimulator.start(SimulatorConfig.defaults().withSeed(seed))) {
            TrivecClient client = gateway.newClient();
            SiteId site = TrivecSiteIds.of(gateway.baseUri());
            out.printf("Simulated gateway at %s (site %s), %d products, %d nights.%n%n", gateway.baseUri(),
                    site.code(), gateway.products().size(), gateway.days().size());
            List<LocalDate> nights = gateway.days();
            importNight(client, site, nights.get(0));
            List<LinkReference> links = answerQueue(matcher);
            for (LinkReference link : links) {
                apply(link);
            }
            out.printf("%nLinked %d references; their sales already recorded were back-filled.%n", links.size());
            for (LocalDate night : nights.subList(1, nights.size())) {
                importNight(client, site, night);
            }
            if (!links.isEmpty()) {
                LinkReference wrong = links.get(0);
                String wineId = Objects.requireNonNull(wrong.wineId());
                String before = bottles(engine.stockOf(wineId).orElseThrow().balance().stock());
                apply(UnlinkReference.reversingSales(wrong.reference()));
                out.printf("%nUnlinked %s (a wrong link, say, R12): its sales left wine %s, whose stock went from %s"
                        + " back to %s bottles.%n", engine.reference(wrong.reference()).orElseThrow().posName(), wineId,
                        before, bottles(engine.stockOf(wineId).orElseThrow().balance().stock()));
            }
            printStock();
        }
    }

    private void importNight(TrivecClient client, SiteId site, LocalDate night) {
        TicketQuery query = new TicketQuery(true, true, false, true, List.of(), "");
        apply(new ImportCatalogue(site, TrivecCatalogue.toEntries(site, client.products(), client.productGroups())));
        ChangeSummary change = apply(ImportSales.of(TrivecTickets.toSaleTickets(site,
                client.ticketsOfDay(night, query))));
        out.printf("Night %s: %d billed tickets, %d open skipped, %d lines moved stock, %d lines wait in the queue,"
                + " revenue %s incl. VAT.%n", night, change.ticketsChanged(), change.ticketsSkippedOpen(),
                change.linesApplied(), change.unlinkedLines(), Money.text(change.gross()));
    }

    /** Shows the queue with the matcher's proposal for each reference, and answers as a user would. */
    private List<LinkReference> answerQueue(CellarMatcher matcher) {
        List<QueueEntry> queue = engine.queue();
        out.printf("%nTo synchronise (R5): %d references, sold first.%n", queue.size());
        List<LinkReference> answers = new ArrayList<>();
        for (QueueEntry entry : queue) {
            Proposal proposal = matcher.suggest(entry.reference());
            out.printf("  %-4s %-34s qty %6s  -> %s%n", entry.sold() ? "sold" : "", entry.posName(),
                    entry.quantity().stripTrailingZeros().toPlainString(), describe(proposal));
            try {
                SuggestedLink.of(entry.reference(), proposal, engine).ifPresent(answers::add);
            } catch (FormatDisagreesException e) {
                // a bottle of another format than the wine's: a user would link it by hand, with --per-sale
            }
        }
        return answers;
    }

    private String describe(Proposal proposal) {
        return switch (proposal.verdict()) {
            case NO -> String.format(Locale.ROOT, "no (%.2f): nothing in the library fits", proposal.score());
            case YES -> String.format(Locale.ROOT, "yes (%.2f): %s%s", proposal.score(), wineText(proposal),
                    servingText(proposal.serving()));
            case ALMOST -> String.format(Locale.ROOT, "almost (%.2f): %s, set vintage %d", proposal.score(),
                    wineText(proposal), proposal.vintage().getAsInt());
        };
    }

    private static String servingText(Serving serving) {
        String volume = serving.volumeMl().isPresent() ? " of " + serving.volumeMl().getAsInt() / 10 + " cl" : "";
        return switch (serving.kind()) {
            case BOTTLE -> "";
            case GLASS -> ", by the glass" + volume;
            case CARAFE -> ", by the carafe" + volume;
        };
    }

    private String wineText(Proposal proposal) {
        LibraryWine wine = engine.wine(proposal.wineId().orElseThrow()).orElseThrow();
        return wine.id() + " " + wine.name() + (wine.vintage() == null ? "" : " " + wine.vintage());
    }

    private void printStock() {
        out.printf("%nStock and revenue of linked wines (bottles; revenue is the till's, R6):%n");
        out.printf("  %-5s %-40s %8s %9s %10s %10s%n", "wine", "name", "stock", "depleted", "gross", "net");
        for (WineStock line : engine.stock()) {
            if (line.links() == 0 && line.balance().depleted().signum() == 0) {
                continue;
            }
            LibraryWine wine = line.wine();
            String name = wine.name() + (wine.vintage() == null ? "" : " " + wine.vintage());
            out.printf("  %-5s %-40.40s %8s %9s %10s %10s%n", wine.id(), name, bottles(line.balance().stock()),
                    bottles(line.balance().depleted()), Money.text(line.balance().gross()), Money.text(line.balance().net()));
        }
        out.flush();
    }

    private ChangeSummary apply(SyncCommand command) {
        SyncOutcome outcome = engine.apply(command);
        if (outcome instanceof SyncOutcome.Rejected rejected) {
            throw new IllegalStateException("the demo's engine refused a command: " + rejected.rejection());
        }
        return ((SyncOutcome.Applied) outcome).summary();
    }

    private static List<LibraryRow> embeddedLibrary() {
        try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/library.csv")) {
            if (in == null) {
                throw new IllegalStateException("demo/library.csv is missing from the runner jar");
            }
            return LibraryCsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "demo/library.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bottles(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
