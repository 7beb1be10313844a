package io.cellarsync.trivec.testkit;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

/**
 * Runs a simulator standalone until the process is stopped:
 * {@code java -cp ... io.cellarsync.trivec.testkit.GatewaySimulatorMain --port 8089 --seed 42
 * --from 2026-11-30 --days 3 --tickets 24 --app-id KEY}. Every option is optional.
 */
public final class GatewaySimulatorMain {

    /** Each option with what it accepts, as usage errors say it. */
    private static final Map<String, String> ACCEPTED = options();

    /** What an argument written as an option's name looks like; a hexadecimal key never does. */
    private static final Pattern OPTION_NAME = Pattern.compile("--[A-Za-z][A-Za-z-]{0,30}");

    private GatewaySimulatorMain() {}

    /**
     * Starts the simulator and waits.
     *
     * @param args the options
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        if (help(args, System.out)) {
            return;
        }
        SimulatorConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gateway-simulator: " + e.getMessage());
            System.err.println("usage: [--port N] [--seed N] [--from YYYY-MM-DD] [--days N] [--tickets N]"
                    + " [--centres 1..3] [--app-id KEY] (--help for more)");
            System.exit(2);
            return;
        }
        GatewaySimulator simulator = GatewaySimulator.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        describe(simulator, System.out);
        new CountDownLatch(1).await();
    }

    /**
     * Prints the options, their defaults and the routes served, when {@code --help} or {@code -h} is given.
     *
     * @return whether help was asked for (and printed)
     */
    static boolean help(String[] args, PrintStream out) {
        if (!java.util.Arrays.asList(args).contains("--help") && !java.util.Arrays.asList(args).contains("-h")) {
            return false;
        }
        SimulatorConfig defaults = SimulatorConfig.defaults();
        out.println("Serves a simulated Trivec gateway (seeded, deterministic) until stopped (Ctrl-C).");
        out.println("options (all optional):");
        out.println("  --port N            port to listen on, default 8089 (0: any free port)");
        out.println("  --seed N            seed: the same seed always serves the same bytes, default " + defaults.seed());
        out.println("  --from YYYY-MM-DD   first business day served, default " + defaults.firstDay());
        out.println("  --days N            number of days served, default " + defaults.dayCount());
        out.println("  --tickets N         billed tickets per day, default " + defaults.ticketsPerDay());
        out.println("  --centres 1..3      points of sale, default " + defaults.centres());
        out.println("  --app-id KEY        the appid accepted (any other gets 401), default "
                + SimulatorConfig.DEFAULT_APP_ID);
        out.println("routes (GET, names case-insensitive, appid on every request):");
        out.println("  /ticket/day.json/yyyyMMdd?appid=KEY&IncOpen=&IncInternal=&IncTraining=&IncFreeAddons="
                + "[&center=KEY][&user=KEY]");
        out.println("  /catalog/productlist.json  /catalog/productgrouplist.json  /catalog/paymodelist.json"
                + "  /catalog/paymodegrouplist.json  /centers.json  /users.json");
        out.println("  /account/info.json/" + io.cellarsync.trivec.testkit.internal.GatewayJson.HOUSE_ACCOUNT_KEY);
        out.flush();
        return true;
    }

    /** Prints where the simulator listens and how to call it, never a key given with {@code --app-id}. */
    static void describe(GatewaySimulator simulator, PrintStream out) {
        out.println("Trivec gateway simulator listening on " + simulator.baseUri());
        // A partner may start the simulator with a key of their own: only the default key, public, is printed.
        boolean defaultKey = simulator.appId().equals(SimulatorConfig.DEFAULT_APP_ID);
        out.println("site code " + simulator.siteCode() + ", app id " + (defaultKey
                ? simulator.appId() + " (a test key, not a secret)" : "*** (the key given with --app-id)"));
        out.println("days " + simulator.config().firstDay() + " to " + simulator.config().lastDay()
                + ", e.g. " + simulator.baseUri() + "/ticket/day.json/"
                + simulator.config().firstDay().toString().replace("-", "") + "?appid=...&IncOpen=false"
                + "&IncInternal=false&IncTraining=false&IncFreeAddons=false");
        out.flush();
    }

    /**
     * Reads the options. A usage error names the option and what it accepts, never a value or an argument that is not
     * an option's name: a key typed in the wrong place ({@code --port KEY}, {@code --port 8089 KEY}) would be printed
     * back. Only an argument written as an option's name ({@code --colour}) is named when unknown: a gateway key,
     * hexadecimal, never starts with {@code --}.
     *
     * @throws IllegalArgumentException naming the option and what is accepted
     */
    static SimulatorConfig parse(String[] args) {
        SimulatorConfig config = SimulatorConfig.defaults().withPort(8089);
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            String accepted = ACCEPTED.get(option);
            if (accepted == null) {
                throw new IllegalArgumentException((OPTION_NAME.matcher(option).matches() ? "unknown option "
                        + option : "argument " + (i + 1) + " is not an option (not repeated here: it may be a key"
                        + " given in the wrong place)") + "; the options are " + String.join(", ", ACCEPTED.keySet())
                        + ", each followed by its value (--help tells more)");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value: " + accepted);
            }
            try {
                config = withOption(config, option, args[i + 1]);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                // NumberFormatException and DateTimeParseException quote the value, and SimulatorConfig names it.
                throw new IllegalArgumentException("bad value for " + option + ": " + accepted + " (the value is"
                        + " not repeated here: it may be a key given in the wrong place)");
            }
        }
        return config;
    }

    private static SimulatorConfig withOption(SimulatorConfig config, String option, String value) {
        return switch (option) {
            case "--port" -> config.withPort(Integer.parseInt(value));
            case "--seed" -> config.withSeed(Long.parseLong(value));
            case "--from" -> config.withDays(LocalDate.parse(value), config.dayCount());
            case "--days" -> config.withDays(config.firstDay(), Integer.parseInt(value));
            case "--tickets" -> config.withTicketsPerDay(Integer.parseInt(value));
            case "--centres" -> config.withCentres(Integer.parseInt(value));
            default -> config.withAppId(value);
        };
    }

    private static Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("--port", "give a port from 0 (any free port) to 65535");
        options.put("--seed", "give a whole number, such as 42");
        options.put("--from", "give a date written YYYY-MM-DD, such as 2026-11-30");
        options.put("--days", "give a whole number of days, 1 or more");
        options.put("--tickets", "give a whole number of tickets per day, 1 or more");
        options.put("--centres", "give 1, 2 or 3");
        options.put("--app-id", "give the key the simulator accepts, not blank");
        return Collections.unmodifiableMap(options);
    }
}
