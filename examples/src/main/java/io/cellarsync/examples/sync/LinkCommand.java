package io.cellarsync.examples.sync;

import io.cellarsync.examples.OneLineText;
import io.cellarsync.examples.VerboseOption;
import io.cellarsync.examples.matching.CellarMatcher;
import io.cellarsync.examples.matching.NoSuggestionException;
import io.cellarsync.examples.matching.SuggestedLink;
import io.cellarsync.examples.matching.UnsaidFormatOption;
import io.cellarsync.matching.Proposal;
import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SyncEngine;
import io.cellarsync.sync.SyncEvent;
import io.cellarsync.sync.SyncOutcome;
import io.cellarsync.sync.WineStock;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cellarsync link}: the user's answer for a POS reference (R9, R10): yes (it is that wine) or, with
 * {@code --vintage}, almost (that wine with another vintage, which is set on the wine), or, with {@code --new-wine},
 * no (the library lacks it: the wine is created from the fields given, then linked). The reference's sales
 * already recorded are back-filled onto the wine (all of them, or those from {@code --from}). With
 * {@code --accept-suggestion} instead of {@code --wine}, the matcher's suggestion the queue shows is the answer.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Link a POS reference to a library wine; its recorded sales are back-filled.")
public final class LinkCommand implements Runnable {

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin StateOption state;
    @Mixin ReferenceOptions reference;
    @Mixin UnsaidFormatOption unsaidFormat;

    @ArgGroup(exclusive = true, multiplicity = "1")
    WineChoice choice;

    @Option(names = "--per-sale", paramLabel = "X", converter = PerSale.class,
            description = "Bottles per unit sold: 1 for a bottle (default; with --accept-suggestion, the share the"
                    + " label's serving takes), 1/6 or 0.166667 for a 12.5 cl glass of a 75 cl bottle.")
    @Nullable BottlesPerUnit perSale;

    @Option(names = "--vintage", paramLabel = "YYYY",
            description = "With --wine, answer 'almost': it is this wine, but with this vintage (set on the wine);"
                    + " with --new-wine, the new wine's vintage.")
    @Nullable Integer vintage;

    @Option(names = "--name", paramLabel = "NAME", converter = OneLineText.Option.class, description = "With --new-wine: the new wine's name (required).")
    @Nullable String name;

    @Option(names = "--producer", paramLabel = "TEXT", converter = OneLineText.Option.class, description = "With --new-wine: its producer.")
    @Nullable String producer;

    @Option(names = "--colour", paramLabel = "TEXT", converter = OneLineText.Option.class,
            description = "With --new-wine: its colour (red, white, rosé...).")
    @Nullable String colour;

    @Option(names = "--volume-ml", paramLabel = "ML", description = "With --new-wine: its bottle volume in ml.")
    @Nullable Integer volumeMl;

    @Option(names = "--stock", paramLabel = "BOTTLES",
            description = "With --new-wine: its initial stock in bottles (default 0).")
    @Nullable BigDecimal stock;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "Back-fill only the sales of this business day and later (default: all).")
    @Nullable LocalDate from;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (choice.acceptSuggestion && vintage != null) {
            throw new ParameterException(spec.commandLine(), "--vintage cannot be given with --accept-suggestion:"
                    + " the suggestion brings its own vintage; give --wine ID --vintage YYYY to answer otherwise");
        }
        checkNewWineOptions();
        List<SyncEvent> lessons = new ArrayList<>();
        try (CellarState cellar = CellarState.openForWriting(state.directory(), Clock.systemUTC(), event -> {
            if (choice.acceptSuggestion && CellarMatcher.teaches(event)) {
                lessons.add(event);
            }
        })) {
            PosReferenceId id = reference.reference(cellar.engine());
            LinkReference link = choice.acceptSuggestion
                    ? suggested(cellar.engine(), id, lessons, unsaidFormat.standardBottle()) : answered(id);
            if (perSale != null) {
                link = link.withPerSale(perSale);
            }
            if (from != null) {
                link = link.from(from);
            }
            SyncOutcome.Applied applied = cellar.record(link);
            String wineId = link.targetWineId();
            String posName = cellar.engine().reference(id).map(r -> r.posName()).orElse(id.productKey());
            WineStock stock = cellar.engine().stockOf(wineId).orElseThrow();
            out.println(OneLineText.printable("Linked " + id + " (" + posName + ") to "
                    + (link.newWine() != null ? "new " : "") + "wine " + wineId + " (" + stock.wine().name()
                    + (stock.wine().vintage() == null ? "" : " " + stock.wine().vintage()) + "), " + link.perSale()
                    + " bottle(s) per unit sold; " + applied.summary().linesBackfilled()
                    + " recorded sale line(s) back-filled; stock now " + Bottles.text(stock.balance().stock()) + "."));
        }
        out.flush();
    }

    private LinkReference answered(PosReferenceId id) {
        if (choice.newWineId != null) {
            return LinkReference.no(id, new LibraryWine(choice.newWineId, Objects.requireNonNull(name, "--name"),
                    producer, null, null, null, colour, vintage, volumeMl, stock == null ? BigDecimal.ZERO : stock,
                    List.of()));
        }
        String wineId = Objects.requireNonNull(choice.wineId, "--wine");
        return vintage == null ? LinkReference.yes(id, wineId) : LinkReference.almost(id, wineId, vintage);
    }

    /** The fields of a new wine go with {@code --new-wine}, and it needs a name. */
    private void checkNewWineOptions() {
        boolean fields = name != null || producer != null || colour != null || volumeMl != null || stock != null;
        if (choice.newWineId == null && fields) {
            throw new ParameterException(spec.commandLine(), "--name, --producer, --colour, --volume-ml and --stock"
                    + " describe a wine to create: give them with --new-wine ID");
        }
        if (choice.newWineId != null && (name == null || name.isBlank())) {
            throw new ParameterException(spec.commandLine(), "--new-wine " + choice.newWineId + " needs --name NAME:"
                    + " the new wine's name");
        }
    }

    /** The matcher's suggestion for the reference, taught by the state's links (docs/matching.md, In the runner). */
    private static LinkReference suggested(SyncEngine engine, PosReferenceId id, List<SyncEvent> lessons,
            boolean unsaidFormatIsStandardBottle) {
        Proposal suggestion = CellarMatcher.of(engine, lessons, unsaidFormatIsStandardBottle).suggest(id);
        return SuggestedLink.of(id, suggestion, engine).orElseThrow(() -> new NoSuggestionException(id, suggestion));
    }

    /** {@code --wine ID}, {@code --new-wine ID} or {@code --accept-suggestion}: exactly one. */
    static final class WineChoice {
        @Option(names = "--wine", paramLabel = "ID", required = true, description = "The library wine's id.")
        @Nullable String wineId;

        @Option(names = "--new-wine", paramLabel = "ID", required = true, converter = OneLineText.Option.class,
                description = "Answer 'no': the library lacks this wine; create it with this id from --name and the"
                        + " other fields, then link it.")
        @Nullable String newWineId;

        @Option(names = "--accept-suggestion", required = true,
                description = "Apply the matcher's suggestion that cellarsync queue shows: yes links its wine, almost"
                        + " also sets its vintage on the wine; fails when the matcher answered no or when the label"
                        + " names a bottle of another format than the wine's (give --wine with --per-sale then).")
        boolean acceptSuggestion;
    }

    /** Reads {@code --per-sale}: a decimal or a fraction; whether it is positive is the engine's check. */
    static final class PerSale implements ITypeConverter<BottlesPerUnit> {
        @Override
        public BottlesPerUnit convert(String value) {
            try {
                return BottlesPerUnit.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
