package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cellarsync.sync.SiteId;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteChoiceTest {

    private static final URI WITH_DEFAULT_PORT = URI.create("https://ABCDEFGHIJKL123.trivecgateway.com:443");
    private static final SiteId SPELLED_OUT = new SiteId("abcdefghijkl123.trivecgateway.com:443");
    private static final SiteId WITHOUT_PORT = new SiteId("abcdefghijkl123.trivecgateway.com");

    @Test
    void aStateImportedWithTheDefaultPortSpelledOut_keepsItsSiteId() {
        assertThat(SiteChoice.forImport(WITH_DEFAULT_PORT, List.of(SPELLED_OUT))).isEqualTo(SPELLED_OUT);
        assertThat(SiteChoice.resolve(WITH_DEFAULT_PORT.toString(), List.of(SPELLED_OUT, new SiteId("other"))))
                .isEqualTo(SPELLED_OUT);
        assertThat(SiteChoice.resolve("ABCDEFGHIJKL123", List.of(SPELLED_OUT, new SiteId("other"))))
                .isEqualTo(SPELLED_OUT);
    }

    @Test
    void aNewState_namesTheSiteWithoutTheDefaultPort() {
        assertThat(SiteChoice.forImport(WITH_DEFAULT_PORT, List.of())).isEqualTo(WITHOUT_PORT);
        assertThat(SiteChoice.forImport(WITH_DEFAULT_PORT, List.of(WITHOUT_PORT))).isEqualTo(WITHOUT_PORT);
        assertThat(SiteChoice.forImport(URI.create("http://localhost:8089"), List.of()))
                .isEqualTo(new SiteId("localhost:8089"));
    }

    @Test
    void aStateImportedWithTheDefaultPortSpelledOut_keepsItsSiteId_whenTheSiteIsGivenByCode() {
        URI byCode = URI.create("https://ABCDEFGHIJKL123.trivecgateway.com");

        assertThat(SiteChoice.forImport(byCode, List.of(SPELLED_OUT))).isEqualTo(SPELLED_OUT);
    }

    @Test
    void theLegacyIdOfAnotherScheme_isNeverChosen_andAnExactIdComesFirst() {
        SiteId http80 = new SiteId("gw.example.com:80");
        SiteId https443 = new SiteId("gw.example.com:443");

        assertThat(SiteChoice.resolve("https://gw.example.com:443", List.of(http80, https443))).isEqualTo(https443);
        assertThat(SiteChoice.resolve("http://gw.example.com", List.of(https443, http80))).isEqualTo(http80);
        assertThatThrownBy(() -> SiteChoice.resolve("https://gw.example.com", List.of(http80)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown site");
        assertThat(SiteChoice.forImport(URI.create("https://gw.example.com"), List.of(http80)))
                .isEqualTo(new SiteId("gw.example.com"));
        assertThat(SiteChoice.resolve("localhost:8080", List.of(new SiteId("localhost:80"),
                new SiteId("localhost:8080")))).isEqualTo(new SiteId("localhost:8080"));
    }
}
