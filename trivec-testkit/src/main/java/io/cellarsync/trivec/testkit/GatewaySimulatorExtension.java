package io.cellarsync.trivec.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.jspecify.annotations.Nullable;

/**
 * Starts a {@link GatewaySimulator} once per test class, clears injected faults and counted requests before each
 * test, and injects the simulator into test and lifecycle method parameters.
 *
 * <pre>{@code
 * class MyImportTest {
 *     @RegisterExtension
 *     static GatewaySimulatorExtension gateway = new GatewaySimulatorExtension(SimulatorConfig.defaults().withSeed(7));
 *
 *     @Test
 *     void importsADay(GatewaySimulator simulator) { ... }
 * }
 * }</pre>
 * With {@code @ExtendWith(GatewaySimulatorExtension.class)} the default configuration is used.
 */
public final class GatewaySimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final SimulatorConfig config;
    private @Nullable GatewaySimulator simulator;

    /** An extension with {@link SimulatorConfig#defaults()}. */
    public GatewaySimulatorExtension() {
        this(SimulatorConfig.defaults());
    }

    /**
     * An extension with a configuration.
     *
     * @param config the configuration
     */
    public GatewaySimulatorExtension(SimulatorConfig config) {
        this.config = config;
    }

    /**
     * The running simulator.
     *
     * @return the simulator
     * @throws IllegalStateException outside the test class's lifecycle
     */
    public GatewaySimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The gateway simulator runs only while the test class runs;"
                    + " register the extension in a static field.");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = GatewaySimulator.start(config);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator().clearFaults();
        simulator().resetRequests();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == GatewaySimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator();
    }
}
