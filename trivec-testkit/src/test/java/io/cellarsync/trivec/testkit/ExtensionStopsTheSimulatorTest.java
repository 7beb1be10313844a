package io.cellarsync.trivec.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The extension stops the simulator it started when the test class has run, on every JUnit the testkit supports
 * (5.10 to 6.x). Jupiter 5.10 to 5.12 close only the {@code Store.CloseableResource} values of an extension store;
 * 5.13 and later close {@code AutoCloseable} ones unless {@code junit.jupiter.extensions.store.close.autocloseable
 * .enabled} is false, when they too close only {@code CloseableResource} values: that setting stands for the older
 * Jupiter here. The simulator was an {@code AutoCloseable} only, and on 5.10 to 5.12 every one kept running, its
 * port bound, until the JVM exited.
 */
class ExtensionStopsTheSimulatorTest {

    @ParameterizedTest(name = "closing AutoCloseable store values enabled: {0}")
    @ValueSource(strings = {"false", "true"})
    void theSimulator_isStoppedWhenItsClassHasRun_whetherJUnitClosesAutoCloseablesOrOnlyCloseableResources(
            String autoCloseEnabled) {
        PartnerTest.started = null;
        SummaryGeneratingListener listener = new SummaryGeneratingListener();

        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(PartnerTest.class))
                .configurationParameters(Map.of("junit.jupiter.extensions.store.close.autocloseable.enabled",
                        autoCloseEnabled))
                .build(), listener);

        assertThat(listener.getSummary().getFailures()).extracting(f -> f.getTestIdentifier().getDisplayName()
                + ": " + f.getException()).isEmpty();
        assertThat(listener.getSummary().getTestsSucceededCount()).isEqualTo(1);
        URI started = PartnerTest.started;
        assertThatThrownBy(() -> new Socket(started.getHost(), started.getPort()).close())
                .as("a connection to the simulator of the class that ran, %s", started)
                .isInstanceOf(ConnectException.class);
    }

    /** A partner's test class. */
    static class PartnerTest {
        @RegisterExtension
        static GatewaySimulatorExtension gateway = new GatewaySimulatorExtension(SimulatorConfig.defaults()
                .withTicketsPerDay(2));

        static URI started;

        @Test
        void readsTheUsers(GatewaySimulator simulator) {
            started = simulator.baseUri();
            assertThat(simulator.newClient().users()).isNotEmpty();
        }
    }
}
