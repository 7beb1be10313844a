package io.cellarsync.trivec.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How to start a {@link GatewaySimulator}. Start from {@link #defaults()} and use the {@code with...} methods.
 *
 * @param seed the seed: the same seed always serves the same catalogue and days
 * @param firstDay the first business day served
 * @param dayCount how many consecutive days are served
 * @param ticketsPerDay how many billed tickets each day holds (at least 1)
 * @param centres how many points of sale (1 to 3)
 * @param siteCode the site code the simulator stands for
 * @param appId the application key it accepts (any other gets 401)
 * @param port the port to listen on, 0 for any free port
 * @param slowDelay how long {@link Fault#SLOW} delays a response, 0 to {@link Integer#MAX_VALUE} milliseconds
 */
public record SimulatorConfig(long seed, LocalDate firstDay, int dayCount, int ticketsPerDay, int centres,
        String siteCode, String appId, int port, Duration slowDelay) {

    /** The key the simulator accepts by default (32 hex characters, like real keys; not a secret). */
    public static final String DEFAULT_APP_ID = "5151515151515151a0a0a0a0a0a0a0a0";

    /**
     * Checks the components.
     *
     * @param seed the seed
     * @param firstDay the first day
     * @param dayCount the number of days
     * @param ticketsPerDay the tickets per day
     * @param centres the number of centres
     * @param siteCode the site code
     * @param appId the accepted key
     * @param port the port
     * @param slowDelay the slow delay
     * @throws IllegalArgumentException naming the bad value
     */
    public SimulatorConfig {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(siteCode, "siteCode");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(slowDelay, "slowDelay");
        if (dayCount < 1 || ticketsPerDay < 1) {
            throw new IllegalArgumentException("dayCount and ticketsPerDay must be 1 or more, were " + dayCount
                    + " and " + ticketsPerDay);
        }
        if (centres < 1 || centres > 3) {
            throw new IllegalArgumentException("centres must be 1, 2 or 3, was " + centres);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, was " + port);
        }
        if (slowDelay.isNegative() || slowDelay.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
            // WireMock delays a response by an int of milliseconds.
            throw new IllegalArgumentException("slowDelay must be 0 to " + Integer.MAX_VALUE + " ms (about 24 days),"
                    + " was " + slowDelay);
        }
        if (appId.isBlank() || !siteCode.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("the key must not be blank and the site code must be letters and"
                    + " digits, was '" + siteCode + "'");
        }
    }

    /**
     * Seed 42, three days from 2026-11-30, 24 tickets a day, three centres, any free port.
     *
     * @return the default configuration
     */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig(42, LocalDate.of(2026, 11, 30), 3, 24, 3, "SIMULATED", DEFAULT_APP_ID, 0,
                Duration.ofSeconds(3));
    }

    /**
     * This configuration with another seed.
     *
     * @param newSeed the seed
     * @return the new configuration
     */
    public SimulatorConfig withSeed(long newSeed) {
        return new SimulatorConfig(newSeed, firstDay, dayCount, ticketsPerDay, centres, siteCode, appId, port,
                slowDelay);
    }

    /**
     * This configuration serving other days.
     *
     * @param first the first business day
     * @param count how many days
     * @return the new configuration
     */
    public SimulatorConfig withDays(LocalDate first, int count) {
        return new SimulatorConfig(seed, first, count, ticketsPerDay, centres, siteCode, appId, port, slowDelay);
    }

    /**
     * This configuration with another day size.
     *
     * @param tickets billed tickets per day
     * @return the new configuration
     */
    public SimulatorConfig withTicketsPerDay(int tickets) {
        return new SimulatorConfig(seed, firstDay, dayCount, tickets, centres, siteCode, appId, port, slowDelay);
    }

    /**
     * This configuration with another number of centres.
     *
     * @param count 1 to 3
     * @return the new configuration
     */
    public SimulatorConfig withCentres(int count) {
        return new SimulatorConfig(seed, firstDay, dayCount, ticketsPerDay, count, siteCode, appId, port,
                slowDelay);
    }

    /**
     * This configuration with another accepted key.
     *
     * @param key the key
     * @return the new configuration
     */
    public SimulatorConfig withAppId(String key) {
        return new SimulatorConfig(seed, firstDay, dayCount, ticketsPerDay, centres, siteCode, key, port,
                slowDelay);
    }

    /**
     * This configuration on another port.
     *
     * @param newPort the port, 0 for any free one
     * @return the new configuration
     */
    public SimulatorConfig withPort(int newPort) {
        return new SimulatorConfig(seed, firstDay, dayCount, ticketsPerDay, centres, siteCode, appId, newPort,
                slowDelay);
    }

    /**
     * This configuration with another delay for {@link Fault#SLOW}.
     *
     * @param delay the delay, 0 to {@link Integer#MAX_VALUE} milliseconds
     * @return the new configuration
     * @throws IllegalArgumentException if the delay is negative or longer than that, naming it
     */
    public SimulatorConfig withSlowDelay(Duration delay) {
        return new SimulatorConfig(seed, firstDay, dayCount, ticketsPerDay, centres, siteCode, appId, port, delay);
    }

    /**
     * The last day served.
     *
     * @return {@code firstDay + dayCount - 1}
     */
    public LocalDate lastDay() {
        return firstDay.plusDays(dayCount - 1L);
    }

    /**
     * Describes the configuration without its key: a partner may start the simulator with a key of their own.
     *
     * @return the components, the key masked
     */
    @Override
    public String toString() {
        return "SimulatorConfig[seed=" + seed + ", firstDay=" + firstDay + ", dayCount=" + dayCount
                + ", ticketsPerDay=" + ticketsPerDay + ", centres=" + centres + ", siteCode=" + siteCode
                + ", appId=***, port=" + port + ", slowDelay=" + slowDelay + "]";
    }
}
