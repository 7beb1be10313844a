package io.cellarsync.trivec.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One simulator per test class, shared by its {@code @Nested} classes: a nested class neither starts another (the
 * first would leak, and a fixed port could not be bound twice) nor stops the outer one when it ends. JUnit runs
 * the outer class's tests before its nested classes; the nested classes run in their {@code @Order}.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class GatewaySimulatorExtensionTest {

    @RegisterExtension
    static GatewaySimulatorExtension gateway = new GatewaySimulatorExtension(SimulatorConfig.defaults()
            .withTicketsPerDay(2));

    static URI outerSimulator;

    @Test
    void theOuterClass_getsTheSimulator(GatewaySimulator simulator) {
        outerSimulator = simulator.baseUri();

        assertThat(gateway.simulator()).isSameAs(simulator);
    }

    @Nested
    @Order(1)
    class AFirstNestedClass {
        @Test
        void sharesTheOuterClassesSimulator(GatewaySimulator simulator) {
            assertThat(simulator.baseUri()).isEqualTo(outerSimulator);
            assertThat(gateway.simulator()).isSameAs(simulator);
        }
    }

    @Nested
    @Order(2)
    class ASecondNestedClass {
        @Test
        void stillFindsItRunning_afterTheFirstNestedClassEnded(GatewaySimulator simulator) {
            assertThat(simulator.baseUri()).isEqualTo(outerSimulator);
            assertThat(simulator.newClient().users()).isNotEmpty();
        }
    }
}
