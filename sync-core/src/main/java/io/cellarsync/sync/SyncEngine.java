package io.cellarsync.sync;

import io.cellarsync.sync.internal.CommandDispatch;
import io.cellarsync.sync.internal.Registry;
import io.cellarsync.sync.internal.StateQueries;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sync engine: takes {@link SyncCommand commands} (imports and decisions) and answers with
 * {@link SyncOutcome outcomes} and queries. Every change is a {@link SyncEvent}; the state is a fold of the events, so
 * {@link #replay(List)} of all events an engine produced gives the same state.
 *
 * <p>The engine reads time only from the {@link Clock} it was given (or the instant passed to
 * {@link #apply(SyncCommand, Instant)}), never from the system: the same commands at the same instants always give the
 * same state. It is not thread-safe; a host serialises its commands.
 *
 * <pre>{@code
 * SyncEngine engine = SyncEngine.create(Clock.systemUTC());
 * engine.apply(new AddWines(List.of(LibraryWine.of("w1", "Chablis", 2021, new BigDecimal("12")))));
 * engine.apply(new ImportCatalogue(site, catalogue));
 * engine.apply(ImportSales.of(tickets));
 * engine.apply(LinkReference.yes(PosReferenceId.of("SITE1", "1001"), "w1"));
 * engine.stockOf("w1").ifPresent(stock -> System.out.println(stock.balance().stock()));
 * }</pre>
 */
public final class SyncEngine {

    /** The cellar depleted by centres without a mapping, and holding the initial stock. */
    public static final String DEFAULT_CELLAR = Registry.DEFAULT_CELLAR;

    /**
     * The most decimal places, as written (trailing zeros count), of any number a command gives the engine: bottles
     * per unit sold, an initial stock, a stock adjustment, a sale line's quantity, amounts and VAT rate, a catalogue
     * price and VAT rate. 28 is the most a .NET decimal, the POS's number, holds, so nothing a till sends (its
     * unrounded {@code TotalEx} has up to 28) is refused, and a bottle count needs far fewer (stock is shown with 6).
     * The bound keeps a number such as {@code 1e-100000000}, small but 100,000,000 digits long once added to a
     * stock, from making every query on the wine run for minutes ({@link Rejection.Reason#INVALID_RATIO},
     * {@code INVALID_WINE}, {@code INVALID_ADJUSTMENT}, {@code INVALID_NUMBER}).
     */
    public static final int MAX_DECIMAL_PLACES = 28;

    /**
     * The most digits before the point of a sale line's quantity, amounts and VAT rate and of a catalogue price and
     * VAT rate: a .NET decimal is below 10<sup>29</sup>. Bottle counts have the stricter
     * {@link LibraryWine#MAX_BOTTLES}. Refuses {@code 1e100000000}, whose sum with {@code 0.01} is 100,000,001 digits
     * long ({@link Rejection.Reason#INVALID_NUMBER}).
     */
    public static final int MAX_WHOLE_DIGITS = 29;

    private final Clock clock;
    private final CommandDispatch dispatch;
    private final StateQueries queries;

    private SyncEngine(Clock clock, SyncPorts ports) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Registry registry = new Registry();
        this.dispatch = new CommandDispatch(registry, Objects.requireNonNull(ports, "ports"));
        this.queries = new StateQueries(registry, ports);
    }

    /**
     * An engine with empty in-memory stores.
     *
     * @param clock where the engine reads the instant of each command
     * @return the engine
     */
    public static SyncEngine create(Clock clock) {
        return new SyncEngine(clock, SyncPorts.inMemory());
    }

    /**
     * An engine over a host's stores, which must be empty (use {@link #replay(List)} to rebuild a state).
     *
     * @param clock where the engine reads the instant of each command
     * @param ports the stores
     * @return the engine
     */
    public static SyncEngine create(Clock clock, SyncPorts ports) {
        return new SyncEngine(clock, ports);
    }

    /**
     * Applies a command at the clock's current instant.
     *
     * @param command the command
     * @return the outcome: applied whole with its events, or rejected with nothing applied
     */
    public SyncOutcome apply(SyncCommand command) {
        return apply(command, clock.instant());
    }

    /**
     * Applies a command at a given instant, as when replaying a journal of commands.
     *
     * @param command the command
     * @param at the instant to stamp its movements with
     * @return the outcome: applied whole with its events, or rejected with nothing applied
     */
    public SyncOutcome apply(SyncCommand command, Instant at) {
        return dispatch.run(Objects.requireNonNull(command, "command"), Objects.requireNonNull(at, "at"));
    }

    /**
     * Folds events into this engine's state, as produced by earlier {@link SyncOutcome.Applied outcomes}, in order.
     * A history a host stored is checked whole before any of it is folded: every event must be one the engine's
     * commands could have produced from the state the events before it leave, with the bounds and rules of those
     * commands (a wine's fields and initial stock, {@link #MAX_DECIMAL_PLACES}, {@link #MAX_WHOLE_DIGITS},
     * {@link LibraryWine#MAX_BOTTLES}, known wines, sites and references, one link per reference, link and product
     * numbers never given twice).
     *
     * @param events the events
     * @throws InvalidHistoryException naming the first event refused, its value and what is accepted; nothing of the
     *     history was folded
     */
    public void replay(List<SyncEvent> events) {
        dispatch.replay(Objects.requireNonNull(events, "events"));
    }

    /**
     * The POS references waiting to be linked (R5, semantic 13): unlinked and not ignored, sold first, then by
     * revenue, then by site and product key.
     *
     * @return the queue
     */
    public List<QueueEntry> queue() {
        return queries.queue();
    }

    /**
     * Every wine's stock, revenue and price, in library order.
     *
     * @return the stock report
     */
    public List<WineStock> stock() {
        return queries.stock();
    }

    /**
     * One wine's stock, revenue and price.
     *
     * @param wineId the wine
     * @return its stock line, or empty if the library has no such wine
     */
    public Optional<WineStock> stockOf(String wineId) {
        return queries.stockOf(wineId);
    }

    /**
     * The POS references linked to a wine, with their POS names and prices (R11).
     *
     * @param wineId the wine
     * @return the links, in the order made; empty for an unknown wine
     */
    public List<LinkView> linksOf(String wineId) {
        return queries.linksOf(wineId);
    }

    /**
     * The audit trail of a wine: every stock movement with its cause, oldest first (semantic 15).
     *
     * @param wineId the wine
     * @return the movements; empty for an unknown wine
     */
    public List<StockMovement> historyOf(String wineId) {
        return queries.historyOf(wineId);
    }

    /**
     * What the engine knows of a POS reference.
     *
     * @param reference the reference
     * @return the view, or empty if it was never seen
     */
    public Optional<ReferenceView> reference(PosReferenceId reference) {
        return queries.reference(reference);
    }

    /**
     * Every POS reference seen in a catalogue or in sales.
     *
     * @return the references, in the order first seen
     */
    public List<PosReferenceId> references() {
        return queries.references();
    }

    /**
     * The library.
     *
     * @return the wines, in the order added
     */
    public List<LibraryWine> wines() {
        return queries.wines();
    }

    /**
     * One wine of the library.
     *
     * @param wineId the wine's id
     * @return the wine, or empty
     */
    public Optional<LibraryWine> wine(String wineId) {
        return queries.wine(wineId);
    }

    /**
     * The sites known to the engine (those whose catalogue was imported).
     *
     * @return the sites, in the order registered
     */
    public List<SiteId> sites() {
        return queries.sites();
    }

    /**
     * The POS reset report of the wines given a product number by {@link PrepareResetReport} (R15, semantic 16).
     *
     * @return the report
     */
    public ResetReport resetReport() {
        return queries.resetReport();
    }
}
