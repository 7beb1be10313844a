package io.cellarsync.trivec.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.jspecify.annotations.Nullable;

/**
 * Starts a {@link GatewaySimulator} once per test class, clears injected faults and counted requests before each
 * test, and injects the simulator into test and lifecycle method parameters. {@code @Nested} classes share the
 * simulator of their outermost class, which is stopped once, when that class has run.
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
public final class GatewaySimulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(GatewaySimulatorExtension.class);

    private final SimulatorConfig config;
    private volatile @Nullable GatewaySimulator simulator;

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
        GatewaySimulator running = simulator;
        if (running == null) {
            throw new IllegalStateException("The gateway simulator runs only while the test class runs;"
                    + " register the extension in a static field.");
        }
        return running;
    }

    /**
     * Starts the simulator, unless an enclosing class of this {@code @Nested} class already did: the store of the
     * class that started it is visible from its nested classes, and closes it once, after that class has run.
     * {@code getOrComputeIfAbsent} is deprecated in JUnit 6 in favour of {@code computeIfAbsent}, which Jupiter 5.x
     * lacks (even 5.14): calling it would fail with {@code NoSuchMethodError} on a partner's 5.10 to 5.14, while
     * {@code getOrComputeIfAbsent} is in every version from 5.10 to 6.x.
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = context.getStore(NAMESPACE).getOrComputeIfAbsent(this, key -> new Running(), Running.class)
                .simulator;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        GatewaySimulator running = simulator(context);
        running.clearFaults();
        running.resetRequests();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == GatewaySimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator(context);
    }

    /**
     * The simulator started for the class this context belongs to (or its outermost class), found in the JUnit store
     * rather than in this extension's field: one extension in a static field of a base class serves several test
     * classes, which may run in parallel, each with its own simulator.
     */
    private GatewaySimulator simulator(ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).get(this, Running.class);
        return running == null ? simulator() : running.simulator;
    }

    /**
     * The simulator started for the outermost class, stopped when that class's context closes. Jupiter 5.13 and later
     * close the {@link AutoCloseable} values of a store, once, even when they are also a {@code CloseableResource};
     * 5.10 to 5.12 close only {@code CloseableResource} values (as later ones do when
     * {@code junit.jupiter.extensions.store.close.autocloseable.enabled} is false). {@code CloseableResource} is
     * deprecated since 5.13, not for removal, and still in 6.x.
     */
    @SuppressWarnings("deprecation")
    private final class Running implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        private final GatewaySimulator simulator = GatewaySimulator.start(config);

        @Override
        public void close() {
            if (GatewaySimulatorExtension.this.simulator == simulator) {
                GatewaySimulatorExtension.this.simulator = null;
            }
            simulator.close();
        }
    }
}
