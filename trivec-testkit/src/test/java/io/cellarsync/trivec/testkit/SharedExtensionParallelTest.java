package io.cellarsync.trivec.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A partner's integration tests often register the extension once, in a static field of a base class, and run their
 * test classes in parallel: each class must get the simulator started for it, not the one another class started
 * last, and must not lose it when another class ends. The two classes below are run by a launcher, concurrently.
 */
class SharedExtensionParallelTest {

    static final CountDownLatch BOTH_STARTED = new CountDownLatch(2);

    @Test
    void twoClassesSharingAStaticExtension_runInParallel_eachWithItsOwnSimulator() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(FirstPartnerTest.class), selectClass(SecondPartnerTest.class))
                .configurationParameters(Map.of("junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"))
                .build(), listener);

        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getFailures()).extracting(f -> f.getTestIdentifier().getDisplayName() + ": "
                + f.getException()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
    }

    /** A partner's base class. */
    abstract static class PartnerBase {
        @RegisterExtension
        static GatewaySimulatorExtension gateway = new GatewaySimulatorExtension(SimulatorConfig.defaults()
                .withTicketsPerDay(2));

        URI started;

        void getsTheSimulatorStartedForItsClass(GatewaySimulator simulator, URI startedForThisClass)
                throws InterruptedException {
            BOTH_STARTED.countDown();
            assertThat(BOTH_STARTED.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(simulator.baseUri()).isEqualTo(startedForThisClass);
            assertThat(simulator.newClient().users()).isNotEmpty();
        }
    }

    static class FirstPartnerTest extends PartnerBase {
        static URI mine;

        @BeforeAll
        static void remember(GatewaySimulator simulator) {
            mine = simulator.baseUri();
        }

        @Test
        void test(GatewaySimulator simulator) throws InterruptedException {
            getsTheSimulatorStartedForItsClass(simulator, mine);
        }
    }

    static class SecondPartnerTest extends PartnerBase {
        static URI mine;

        @BeforeAll
        static void remember(GatewaySimulator simulator) {
            mine = simulator.baseUri();
        }

        @Test
        void test(GatewaySimulator simulator) throws InterruptedException {
            getsTheSimulatorStartedForItsClass(simulator, mine);
        }
    }
}
