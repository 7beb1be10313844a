package io.cellarsync.trivec.testkit;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a simulator standalone until the process is stopped:
 * {@code java -cp ... io.cellarsync.trivec.testkit.GatewaySimulatorMain --port 8089 --seed 42
 * --from 2026-11-30 --days 3 --tickets 24 --app-id KEY}. Every option is optional.
 */
public final class GatewaySimulatorMain {

    private GatewaySimulatorMain() {}

    /**
     * Starts the simulator and waits.
     *
     * @param args the options
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gateway-simulator: " + e.getMessage());
            System.err.println("usage: [--port N] [--seed N] [--from YYYY-MM-DD] [--days N] [--tickets N]"
                    + " [--centres 1..3] [--app-id KEY]");
            System.exit(2);
            return;
        }
        GatewaySimulator simulator = GatewaySimulator.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        describe(simulator, System.out);
        new CountDownLatch(1).await();
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

    static SimulatorConfig parse(String[] args) {
        SimulatorConfig config = SimulatorConfig.defaults().withPort(8089);
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            String value = args[i + 1];
            try {
                config = switch (args[i]) {
                    case "--port" -> config.withPort(Integer.parseInt(value));
                    case "--seed" -> config.withSeed(Long.parseLong(value));
                    case "--from" -> config.withDays(LocalDate.parse(value), config.dayCount());
                    case "--days" -> config.withDays(config.firstDay(), Integer.parseInt(value));
                    case "--tickets" -> config.withTicketsPerDay(Integer.parseInt(value));
                    case "--centres" -> config.withCentres(Integer.parseInt(value));
                    case "--app-id" -> config.withAppId(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                };
            } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("bad value '" + value + "' for " + args[i]);
            }
        }
        return config;
    }
}
