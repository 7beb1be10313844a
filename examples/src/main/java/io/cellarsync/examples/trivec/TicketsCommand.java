package io.cellarsync.examples.trivec;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cellarsync.examples.DayRange;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.trivec.TicketQuery;
import io.cellarsync.trivec.TrivecClient;
import io.cellarsync.trivec.TrivecClientBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellarsync tickets}: the tickets of one business day or a range, as JSON or as a one-line summary.
 * Open tickets come back with every day while open; over a range each ticket is printed once.
 */
@Command(name = "tickets", mixinStandardHelpOptions = true,
        description = {"Read the tickets of a business day (or a range of days) from a Trivec gateway.",
            "--json prints them as a JSON array; --summary prints one JSON object with counts and the exact gross"
                    + " and net totals of the billed (non-open) tickets."})
public final class TicketsCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin GatewayOptions gateway;

    /** Last touches to the client before it is built: tests set a clock and a transport here. */
    static volatile UnaryOperator<TrivecClientBuilder> clientSettings = UnaryOperator.identity();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "The business day.")
    LocalDate date;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD",
            description = "The last day of a range (one request a day; at most " + DayRange.MAX_DAYS
                    + " days in all).")
    LocalDate to;

    @Option(names = "--include-open", description = "Also tickets not billed yet (they are not revenue).")
    boolean includeOpen;

    @Option(names = "--include-internal", description = "Also tickets booked to a cost post (own use, waste).")
    boolean includeInternal;

    @Option(names = "--include-training", description = "Also training-mode tickets.")
    boolean includeTraining;

    @Option(names = "--include-free-addons", description = "Also zero-priced add-ons.")
    boolean includeFreeAddons;

    @Option(names = "--center", paramLabel = "KEY", description = "Only this point of sale (repeatable).")
    List<String> centers = new ArrayList<>();

    /** The output format: exactly one. */
    static final class Format {
        @Option(names = "--json", required = true, description = "Print the tickets as a JSON array.")
        boolean json;

        @Option(names = "--summary", required = true, description = "Print one JSON object of counts and totals.")
        boolean summary;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Format format = new Format();

    @Override
    public void run() {
        DayRange range = DayRange.of(spec.commandLine(), date, to);
        TrivecClient client = clientSettings.apply(gateway.clientBuilder()).build();
        TicketQuery query = new TicketQuery(includeOpen, includeInternal, includeTraining, includeFreeAddons,
                centers, "");
        StringWriter text = new StringWriter();
        try {
            if (format.summary) {
                TicketSummary summary = new TicketSummary();
                forEachDistinct(client, query, range, summary::add);
                GatewayJsonOutput.MAPPER.writeValue(text, summary.json());
            } else {
                writeArray(client, query, range, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Printed only once everything was read: a failure never leaves half a day on stdout.
        PrintWriter out = spec.commandLine().getOut();
        out.println(text);
        out.flush();
    }

    private void writeArray(TrivecClient client, TicketQuery query, DayRange range, StringWriter text)
            throws IOException {
        try (JsonGenerator json = GatewayJsonOutput.MAPPER.createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartArray();
            forEachDistinct(client, query, range, ticket -> {
                try {
                    GatewayJsonOutput.MAPPER.writeValue(json, TicketJson.of(ticket));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
        }
    }

    private void forEachDistinct(TrivecClient client, TicketQuery query, DayRange range,
            java.util.function.Consumer<io.cellarsync.trivec.Ticket> action) {
        Set<String> seen = new HashSet<>();
        // Each day is a call of its own, with the client's deadline (DayRange#dates).
        for (LocalDate day : range.dates()) {
            client.forEachTicketOfDay(day, query, ticket -> {
                if (seen.add(ticket.key())) {
                    action.accept(ticket);
                }
            });
        }
    }
}
