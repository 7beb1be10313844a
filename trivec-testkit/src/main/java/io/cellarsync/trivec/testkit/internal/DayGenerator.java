package io.cellarsync.trivec.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Generates realistic, internally consistent business days from a seed: several centres, billed tickets with
 * voids (negative lines), table transfers (ActionId 2 / 1), menus, paid and free add-ons, discounts, orders and
 * billing after midnight, one internal ticket, one refund of a line the previous day's first ticket sold, and open
 * tickets that stay open (and so come back with every day). The same seed and day always give the same tickets.
 */
public final class DayGenerator {

    /**
     * Where the keys of the open tickets and of their orders are numbered, in place of a day: order keys are
     * unique within a site (notes §6.14), so open tabs must not reuse the keys of any day's billed tickets.
     */
    private static final long OPEN_TABS = 99_999;

    private final long seed;
    private final Catalogue catalogue;

    /**
     * A generator.
     *
     * @param seed the seed
     * @param catalogue the catalogue the tickets sell from
     */
    public DayGenerator(long seed, Catalogue catalogue) {
        this.seed = seed;
        this.catalogue = catalogue;
    }

    /**
     * The billed tickets of a business day, in the order the gateway would send them.
     *
     * @param day the business day
     * @param count how many tickets (at least 1)
     * @return the tickets
     */
    public List<SimTicket> day(LocalDate day, int count) {
        List<SimTicket> tickets = new ArrayList<>();
        forEachTicket(day, count, tickets::add);
        return tickets;
    }

    /**
     * Generates the tickets of a day one at a time, for days too large to hold.
     *
     * @param day the business day
     * @param count how many tickets
     * @param sink receives each ticket
     */
    public void forEachTicket(LocalDate day, int count, Consumer<SimTicket> sink) {
        DayState state = freshState(day);
        for (int i = 0; i < count; i++) {
            if (i == 1) {
                sink.accept(internal(state, i));
            } else if (i == 2 && count > 3) {
                sink.accept(refund(state, i));
            } else if (i == 4 && count > 5) {
                SimTicket[] pair = transfer(state, i);
                sink.accept(pair[0]);
                sink.accept(pair[1]);
                i++;
            } else {
                sink.accept(billed(state, i, state.rounds(), ""));
            }
        }
    }

    /**
     * The tickets open now: the same for every requested day.
     *
     * @param asOf the last day of the simulation: open tabs hold orders of the days before it
     * @return the open tickets
     */
    public List<SimTicket> openTickets(LocalDate asOf) {
        DayState state = new DayState(asOf, OPEN_TABS, new SplittableRandom(seed * 7919L));
        List<SimTicket> open = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<SimOrder> orders = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                LocalDateTime at = asOf.minusDays(2L - round).atTime(18 + round, 5 * i + 10);
                // Entered before midnight: the round's business day is the calendar day it was entered on.
                orders.add(state.order(0, at.toLocalDate(), at, state.randomLines(), List.of()));
            }
            open.add(new SimTicket(key("3316", OPEN_TABS, i), null, null, java.time.LocalTime.MIDNIGHT,
                    catalogue.centres().get(i % catalogue.centres().size()), 0, i == 0 ? 0 : 40 + i, "0", "",
                    "", "", "", orders));
        }
        return open;
    }

    private SimTicket billed(DayState state, int index, List<SimOrder> rounds, String internal) {
        List<SimOrder> orders = new ArrayList<>(rounds);
        LocalDateTime billing = state.billingTime();
        BigDecimal total = total(orders);
        List<BigDecimal> payments = internal.isEmpty() ? state.split(total) : List.of();
        orders.add(state.order(8, billing, List.of(), payments));
        Map.Entry<String, String> user = state.user();
        SimCentre centre = catalogue.centres().get(state.random.nextInt(catalogue.centres().size()));
        return new SimTicket(key("3316", state.day.toEpochDay(), index), state.day, billing.toLocalDate(),
                billing.toLocalTime(), centre, 1000L + index, state.random.nextInt(5) == 0 ? 0
                        : 1 + state.random.nextInt(30), user.getKey(), user.getValue(), internal, "", "", orders);
    }

    private SimTicket internal(DayState state, int index) {
        return billed(state, index, state.rounds(), state.random.nextBoolean() ? "Consommation personnel"
                : "Representation");
    }

    /**
     * A refund (ActionId 9) of a line the previous day's first ticket sold and kept (not voided), with its add-ons;
     * that ticket's {@code RefundedBy} is set by the site, which knows whether it serves it. On the rare day that
     * ticket kept no line, ticket {@code index} is an ordinary billed ticket.
     */
    private SimTicket refund(DayState state, int index) {
        SimTicket original = firstTicket(state.day.minusDays(1));
        SimLine sold = keptLine(original);
        if (sold == null) {
            return billed(state, index, state.rounds(), "");
        }
        SimLine refunded = Lines.negate(sold);
        LocalDateTime at = state.day.atTime(19, 30);
        BigDecimal paidBack = refunded.totalInc();
        for (SimLine addon : refunded.addons()) {
            paidBack = paidBack.add(addon.totalInc());
        }
        SimOrder order = state.order(9, at, List.of(refunded), List.of(paidBack));
        Map.Entry<String, String> user = state.user();
        return new SimTicket(key("3316", state.day.toEpochDay(), index), state.day, state.day, at.toLocalTime(),
                catalogue.centres().get(0), 1000L + index, 0, user.getKey(), user.getValue(), "", original.key(), "",
                List.of(order));
    }

    /** A day's first ticket, generated again: it is always billed, from the day's fresh random state. */
    private SimTicket firstTicket(LocalDate day) {
        DayState state = freshState(day);
        return billed(state, 0, state.rounds(), "");
    }

    /** The random state a day's generation starts from: the same seed and day always give the same tickets. */
    private DayState freshState(LocalDate day) {
        return new DayState(day, day.toEpochDay(), new SplittableRandom(seed * 1_000_003L + day.toEpochDay()));
    }

    /** The first line a ticket sold and kept: a plain round's line with a total, not voided by a correction. */
    private static @Nullable SimLine keptLine(SimTicket ticket) {
        List<SimLine> voids = new ArrayList<>();
        for (SimOrder order : ticket.orders()) {
            if (order.actionId() != 0) {
                voids.addAll(order.lines());
            }
        }
        for (SimOrder order : ticket.orders()) {
            for (SimLine line : order.lines()) {
                if (order.actionId() == 0 && line.totalInc().signum() > 0 && !voids.contains(Lines.negate(line))) {
                    return line;
                }
            }
        }
        return null;
    }

    private SimTicket[] transfer(DayState state, int index) {
        List<SimOrder> sourceRounds = state.rounds();
        SimLine moved = sourceRounds.get(0).lines().get(0);
        LocalDateTime at = state.day.atTime(13, 55);
        List<SimOrder> source = new ArrayList<>(sourceRounds);
        source.add(state.order(2, at, List.of(Lines.negate(moved)), List.of()));
        List<SimOrder> target = new ArrayList<>(state.rounds());
        target.add(state.order(1, at, List.of(moved), List.of()));
        return new SimTicket[] {billed(state, index, source, ""), billed(state, index + 1, target, "")};
    }

    static BigDecimal total(List<SimOrder> orders) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SimOrder order : orders) {
            for (SimLine line : order.lines()) {
                sum = sum.add(line.totalInc());
                for (SimLine addon : line.addons()) {
                    sum = sum.add(addon.totalInc());
                }
            }
        }
        return sum;
    }

    static String key(String prefix, long epochDay, long index) {
        String day = Long.toString(Math.floorMod(epochDay, 100_000L));
        String number = Long.toString(index);
        return prefix + "00000".substring(day.length()) + day + "0000000".substring(number.length()) + number;
    }

    /**
     * The random state of one day being generated. Ordering rounds fall between 11:00 and 13:59 and billing from
     * 14:00 on (one in ten after midnight, on the next calendar day), so every ticket's timeline is in order.
     */
    private final class DayState {
        private final LocalDate day;
        private final long orderKeys;
        private final SplittableRandom random;
        private long orders;

        /** A state whose orders are keyed under {@code orderKeys}: the day's epoch day, or {@link #OPEN_TABS}. */
        DayState(LocalDate day, long orderKeys, SplittableRandom random) {
            this.day = day;
            this.orderKeys = orderKeys;
            this.random = random;
        }

        Map.Entry<String, String> user() {
            return catalogue.users().get(random.nextInt(catalogue.users().size()));
        }

        LocalDateTime billingTime() {
            if (random.nextInt(10) == 0) {
                return day.plusDays(1).atTime(random.nextInt(2), 5 + random.nextInt(50), random.nextInt(60));
            }
            return day.atTime(14 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
        }

        SimOrder order(int actionId, LocalDateTime at, List<SimLine> lines, List<BigDecimal> payments) {
            return order(actionId, day, at, lines, payments);
        }

        SimOrder order(int actionId, LocalDate businessDay, LocalDateTime at, List<SimLine> lines,
                List<BigDecimal> payments) {
            Map.Entry<String, String> user = user();
            return new SimOrder(key("3317", orderKeys, orders++), actionId, businessDay, at.toLocalDate(),
                    at.toLocalTime(), user.getKey(), user.getValue(), lines, payments);
        }

        List<SimOrder> rounds() {
            List<SimOrder> rounds = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                rounds.add(order(0, day.atTime(11 + i, random.nextInt(60)), randomLines(), List.of()));
            }
            if (random.nextInt(10) == 0) {
                rounds.add(order(0, day.atTime(13, 15), menu(), List.of()));
            }
            if (random.nextInt(7) == 0) {
                rounds.add(order(3, day.atTime(13, 50), List.of(Lines.negate(rounds.get(0).lines().get(0))),
                        List.of()));
            }
            return rounds;
        }

        List<SimLine> randomLines() {
            List<SimProduct> sellable = catalogue.sellable();
            List<SimLine> lines = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                SimProduct product = sellable.get(random.nextInt(sellable.size()));
                BigDecimal qty = BigDecimal.valueOf(product.name().contains("BTL") ? 1 : 1 + random.nextInt(3));
                BigDecimal discount = random.nextInt(12) == 0 && product.price().signum() > 0
                        ? product.price().multiply(qty).movePointLeft(1).setScale(2, RoundingMode.HALF_UP)
                        : BigDecimal.ZERO;
                lines.add(Lines.of(product, qty, discount, addons(product, qty)));
            }
            return lines;
        }

        private List<SimLine> addons(SimProduct product, BigDecimal qty) {
            if (!product.groupName().equals("Cuisine")) {
                return List.of();
            }
            List<SimLine> addons = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                SimProduct supplement = catalogue.byName(random.nextBoolean() ? "SUPPL FROMAGE" : "SUPPL FRITES");
                addons.add(Lines.of(supplement, qty, BigDecimal.ZERO, List.of()));
            }
            if (random.nextInt(4) == 0) {
                SimProduct free = catalogue.byName(random.nextBoolean() ? "SANS GLACE" : "CUISSON SAIGNANT");
                addons.add(Lines.of(free, qty, BigDecimal.ZERO, List.of()));
            }
            return addons;
        }

        private List<SimLine> menu() {
            SimProduct menu = catalogue.byName("MENU MIDI");
            SimProduct starter = catalogue.byName("ENTREE DU JOUR");
            SimProduct main = catalogue.byName("PLAT DU JOUR");
            String menuId = menu.key() + "§" + new UUID(random.nextLong(), random.nextLong());
            BigDecimal carte = starter.price().add(main.price());
            BigDecimal first = menu.price().multiply(starter.price()).divide(carte, 2, RoundingMode.HALF_UP);
            return List.of(Lines.header(menu, menuId), Lines.component(starter, first, menuId),
                    Lines.component(main, menu.price().subtract(first), menuId));
        }

        List<BigDecimal> split(BigDecimal total) {
            if (total.signum() > 0 && random.nextInt(4) == 0) {
                BigDecimal half = total.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
                return List.of(half, total.subtract(half));
            }
            return List.of(total);
        }
    }
}
