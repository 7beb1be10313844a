package io.cellarsync.trivec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cellarsync.trivec.internal.CatalogueMapping;
import io.cellarsync.trivec.internal.CallDeadline;
import io.cellarsync.trivec.internal.CatalogueReader;
import io.cellarsync.trivec.internal.JsonSupport;
import io.cellarsync.trivec.internal.RequestByRequestTickets;
import io.cellarsync.trivec.internal.RequestExecutor;
import io.cellarsync.trivec.internal.ResponseContext;
import io.cellarsync.trivec.internal.TicketStreamReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The read-only client of one Trivec site (rule R2: every call is a GET; nothing is ever written to the till).
 *
 * <p>Build one with {@link #builder()}; it is thread-safe and paces its requests to its site. Days are parsed as
 * a stream, ticket by ticket: {@link #forEachTicketOfDay} and {@link #streamTicketsOfDay} keep memory flat however
 * large the day; {@link #ticketsOfDay} collects them in a list. Every failure is a typed
 * {@link TrivecException}; a failure is never turned into an empty day.
 */
public final class TrivecClient {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final TrivecSite site;
    private final String appId;
    private final RequestExecutor executor;
    private final JsonSupport json = JsonSupport.instance();
    private final @Nullable Cache<String, List<?>> catalogueCache;

    TrivecClient(TrivecSite site, String appId, RequestExecutor executor, @Nullable Cache<String, List<?>> cache) {
        this.site = site;
        this.appId = appId;
        this.executor = executor;
        this.catalogueCache = cache;
    }

    /**
     * Starts configuring a client.
     *
     * @return a builder with the defaults documented on its methods
     */
    public static TrivecClientBuilder builder() {
        return new TrivecClientBuilder();
    }

    static Cache<String, List<?>> newCache(Duration ttl, java.time.Clock clock) {
        return Caffeine.newBuilder().expireAfterWrite(ttl).ticker(() -> {
            java.time.Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }).build();
    }

    /**
     * The site this client reads.
     *
     * @return the site
     */
    public TrivecSite site() {
        return site;
    }

    /**
     * The billed tickets of a business day ({@link TicketQuery#billedOnly()}).
     *
     * @param day the business day, in the venue's calendar
     * @return the tickets, in the order sent
     */
    public List<Ticket> ticketsOfDay(LocalDate day) {
        return ticketsOfDay(day, TicketQuery.billedOnly());
    }

    /**
     * The tickets of a business day, collected in a list. Prefer {@link #forEachTicketOfDay} for large days.
     *
     * @param day the business day
     * @param query the flags and filters, all sent explicitly
     * @return the tickets, in the order sent (one request per centre of the query)
     */
    public List<Ticket> ticketsOfDay(LocalDate day, TicketQuery query) {
        return ticketsOfDay(day, query, executor.newCall());
    }

    private List<Ticket> ticketsOfDay(LocalDate day, TicketQuery query, CallDeadline call) {
        List<Ticket> tickets = new ArrayList<>();
        for (URI uri : dayUris(day, query)) {
            // The whole list is built per attempt, so a body cut off in transit is fetched again.
            tickets.addAll(executor.executeWhole(call, dayOperation(day), uri, (context, response) -> {
                List<Ticket> read = new ArrayList<>();
                readTickets(context, response, read::add);
                return read;
            }));
        }
        return tickets;
    }

    /**
     * Reads the tickets of a business day one at a time, as they are parsed: memory stays flat.
     *
     * @param day the business day
     * @param query the flags and filters
     * @param action called once per ticket, in the order sent
     */
    public void forEachTicketOfDay(LocalDate day, TicketQuery query, Consumer<? super Ticket> action) {
        forEachTicketOfDay(day, query, action, executor.newCall());
    }

    private void forEachTicketOfDay(LocalDate day, TicketQuery query, Consumer<? super Ticket> action,
            CallDeadline call) {
        Objects.requireNonNull(action, "action");
        for (URI uri : dayUris(day, query)) {
            executor.execute(call, dayOperation(day), uri, (context, response) -> {
                readTickets(context, response, action);
                return null;
            });
        }
    }

    /** Parses a day's body ticket by ticket into {@code action}, then closes the response. */
    private void readTickets(ResponseContext context, TransportResponse response, Consumer<? super Ticket> action) {
        try (response; TicketStreamReader reader = new TicketStreamReader(json, context)) {
            for (Ticket ticket = reader.next(); ticket != null; ticket = reader.next()) {
                action.accept(ticket);
            }
        } catch (IOException e) {
            throw context.failure(e);
        }
    }

    /**
     * The tickets of a business day as a lazy stream, parsed as it is consumed, also through
     * {@link Stream#iterator()}: memory stays flat. Each centre's request is sent once the tickets before it have
     * been consumed. The caller must close it (try-with-resources) to release the connection. A failure (a centre's
     * request, a body cut off or malformed) ends the stream for good: every later advance throws the same
     * {@link TrivecException} and no further centre is requested, so a caller that catches it and keeps iterating is
     * never handed the next centre's tickets as if the failed one had no more.
     *
     * @param day the business day
     * @param query the flags and filters
     * @return the stream of tickets
     */
    public Stream<Ticket> streamTicketsOfDay(LocalDate day, TicketQuery query) {
        CallDeadline call = executor.newCall();
        RequestByRequestTickets<URI> tickets = new RequestByRequestTickets<>(dayUris(day, query),
                uri -> openDayBody(day, uri, call));
        return StreamSupport.stream(tickets, false).onClose(tickets::close);
    }

    private RequestByRequestTickets.Body openDayBody(LocalDate day, URI uri, CallDeadline call) {
        return executor.execute(call, dayOperation(day), uri, (context, response) -> {
            TicketStreamReader reader = new TicketStreamReader(json, context);
            return new RequestByRequestTickets.Body() {
                @Override
                public @Nullable Ticket next() {
                    return reader.next();
                }

                @Override
                public void close() {
                    try (response; reader) {
                        // closing both releases the connection
                    } catch (IOException e) {
                        throw context.failure(e);
                    }
                }
            };
        });
    }

    /**
     * The tickets of every day from {@code from} to {@code to} inclusive: one request per day (and centre), paced.
     * Open tickets, if asked for, come back in every day.
     *
     * @param from the first business day
     * @param to the last business day, not before {@code from}
     * @param query the flags and filters
     * @return one entry per day, in date order
     */
    public List<DayOfTickets> ticketsOfDays(LocalDate from, LocalDate to, TicketQuery query) {
        List<DayOfTickets> days = new ArrayList<>();
        CallDeadline call = executor.newCall();
        for (LocalDate day : days(from, to)) {
            days.add(new DayOfTickets(day, ticketsOfDay(day, query, call)));
        }
        return days;
    }

    /**
     * Streams the tickets of every day from {@code from} to {@code to} inclusive, one request per day, paced.
     *
     * @param from the first business day
     * @param to the last business day, not before {@code from}
     * @param query the flags and filters
     * @param action called with the requested day and each ticket
     */
    public void forEachTicketOfDays(LocalDate from, LocalDate to, TicketQuery query,
            BiConsumer<LocalDate, ? super Ticket> action) {
        CallDeadline call = executor.newCall();
        for (LocalDate day : days(from, to)) {
            forEachTicketOfDay(day, query, ticket -> action.accept(day, ticket), call);
        }
    }

    /**
     * The products of the catalogue (cached if the builder asked for it).
     *
     * @return the products, in the order sent
     */
    public List<Product> products() {
        return catalogue("catalog/productlist.json", "products", () -> CatalogueMapping::product);
    }

    /**
     * The product groups.
     *
     * @return the groups, in the order sent
     */
    public List<ProductGroup> productGroups() {
        return catalogue("catalog/productgrouplist.json", "product groups", () -> CatalogueMapping::productGroup);
    }

    /**
     * The payment mode groups.
     *
     * @return the groups, in the order sent
     */
    public List<PaymodeGroup> paymodeGroups() {
        return catalogue("catalog/paymodegrouplist.json", "payment mode groups",
                () -> CatalogueMapping::paymodeGroup);
    }

    /**
     * The payment mode definitions (the route may not exist on older servers: {@link TrivecNotFoundException}).
     *
     * @return the definitions, in the order sent
     */
    public List<PaymodeDefinition> paymodes() {
        return catalogue("catalog/paymodelist.json", "payment modes", () -> CatalogueMapping::paymode);
    }

    /**
     * The points of sale (centres) of the site.
     *
     * @return the centres, in the order sent
     */
    public List<Centre> centres() {
        return catalogue("centers.json", "centres", () -> CatalogueMapping::centre);
    }

    /**
     * The users (staff) of the site.
     *
     * @return the users, in the order sent
     */
    public List<User> users() {
        return catalogue("users.json", "users", () -> CatalogueMapping::user);
    }

    /**
     * One customer account.
     *
     * @param accountKey the account key, as in {@link Ticket#accountKey()}
     * @return the account
     * @throws TrivecNotFoundException for the gateway's "No HTTP resource" error object, even with status 200
     * @throws TrivecMalformedResponseException for any other error object the gateway answers with status 200
     */
    public AccountInfo accountInfo(String accountKey) {
        if (!accountKey.matches("[A-Za-z0-9]+")) {
            throw new TrivecConfigurationException("The account key '" + accountKey
                    + "' is not a key: expected letters and digits only, such as 3316000000000001.");
        }
        String operation = "account/info.json/" + accountKey;
        return executor.executeWhole(executor.newCall(), operation, uri(operation, ""), (context, response) -> {
            try (response) {
                return CatalogueReader.readObject(json, context, "account", CatalogueMapping::account);
            } catch (IOException e) {
                throw context.failure(e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> catalogue(String operation, String what,
            Supplier<java.util.function.Function<com.fasterxml.jackson.databind.JsonNode, T>> mapping) {
        if (catalogueCache == null) {
            return fetchCatalogue(operation, what, mapping);
        }
        return (List<T>) catalogueCache.get(operation, ignored -> fetchCatalogue(operation, what, mapping));
    }

    private <T> List<T> fetchCatalogue(String operation, String what,
            Supplier<java.util.function.Function<com.fasterxml.jackson.databind.JsonNode, T>> mapping) {
        RequestExecutor.BodyReader<List<T>> reader = (context, response) -> {
            try (response) {
                return CatalogueReader.readArray(json, context, what, mapping.get());
            } catch (IOException e) {
                throw context.failure(e);
            }
        };
        return List.copyOf(executor.executeWhole(executor.newCall(), operation, uri(operation, ""), reader));
    }

    private static String dayOperation(LocalDate day) {
        return "ticket/day.json/" + DAY.format(day);
    }

    private List<URI> dayUris(LocalDate day, TicketQuery query) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(query, "query");
        String flags = "&IncOpen=" + query.includeOpen() + "&IncInternal=" + query.includeInternal()
                + "&IncTraining=" + query.includeTraining() + "&IncFreeAddons=" + query.includeFreeAddons()
                + (query.userKey().isEmpty() ? "" : "&user=" + query.userKey());
        List<URI> uris = new ArrayList<>();
        if (query.centerKeys().isEmpty()) {
            uris.add(uri(dayOperation(day), flags));
        }
        for (String center : query.centerKeys()) {
            uris.add(uri(dayOperation(day), flags + "&center=" + center));
        }
        return uris;
    }

    private URI uri(String operation, String query) {
        return URI.create(site.baseUri() + "/" + operation + "?appid="
                + URLEncoder.encode(appId, StandardCharsets.UTF_8) + query);
    }

    private static List<LocalDate> days(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new TrivecConfigurationException("The range " + from + " to " + to
                    + " is empty: the last day must not be before the first.");
        }
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** @return the site and base URI, never the key nor the base URI's userinfo */
    @Override
    public String toString() {
        return "TrivecClient[site=" + site.code() + ", baseUri=" + TrivecSite.shown(site.baseUri()) + ", appid=***]";
    }
}
