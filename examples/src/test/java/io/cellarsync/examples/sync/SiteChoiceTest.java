package io.cellarsync.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

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
}
