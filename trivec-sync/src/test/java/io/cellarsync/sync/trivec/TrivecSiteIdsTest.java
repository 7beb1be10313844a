package io.cellarsync.sync.trivec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cellarsync.sync.SiteId;
import io.cellarsync.trivec.TrivecSite;
import java.net.URI;
import org.junit.jupiter.api.Test;

class TrivecSiteIdsTest {

    @Test
    void aSiteCodeAndItsDomain_nameTheSameSite() {
        SiteId byCode = TrivecSiteIds.of(TrivecSite.of("ABCDEFGHIJKL123"));
        SiteId byDomain = TrivecSiteIds.of(TrivecSite.of("https://abcdefghijkl123.trivecgateway.com"));

        assertThat(byCode).isEqualTo(byDomain);
        assertThat(byCode.code()).isEqualTo("abcdefghijkl123.trivecgateway.com");
    }

    @Test
    void aBaseUriWithAPort_isKnownByItsHostAndPort() {
        assertThat(TrivecSiteIds.of(URI.create("http://localhost:8089")).code()).isEqualTo("localhost:8089");
        assertThat(TrivecSiteIds.of(URI.create("http://LocalHost:8090/some/path")).code()).isEqualTo("localhost:8090");
    }

    @Test
    void theSameGatewayWithItsDefaultPortSpelledOut_isTheSameSite() {
        // Found in review (R1): ':443' made another site of the same gateway.
        SiteId byCode = TrivecSiteIds.of(TrivecSite.of("ABCDEFGHIJKL123"));

        assertThat(TrivecSiteIds.of(URI.create("https://ABCDEFGHIJKL123.trivecgateway.com:443"))).isEqualTo(byCode);
        assertThat(TrivecSiteIds.of(URI.create("HTTPS://AbcDefGhiJkl123.TrivecGateway.com:443/"))).isEqualTo(byCode);
        assertThat(TrivecSiteIds.of(URI.create("http://localhost:80")).code()).isEqualTo("localhost");
    }

    @Test
    void anotherPortThanTheSchemesDefault_staysPartOfTheSite() {
        assertThat(TrivecSiteIds.of(URI.create("https://localhost:80")).code()).isEqualTo("localhost:80");
        assertThat(TrivecSiteIds.of(URI.create("http://localhost:443")).code()).isEqualTo("localhost:443");
    }

    @Test
    void aBaseUriWithoutAPort_isKnownByItsHostAlone() {
        assertThat(TrivecSiteIds.of(URI.create("https://proxy.example.org/trivec")).code()).isEqualTo("proxy.example.org");
    }

    @Test
    void aBaseUriWithoutAHost_isRefused_sayingWhatIsAccepted() {
        assertThatThrownBy(() -> TrivecSiteIds.of(URI.create("file:///tmp/x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file:///tmp/x")
                .hasMessageContaining("http://localhost:8089");
    }

    @Test
    void theIdWrittenBeforeWithTheDefaultPort_isTheHostAndThatPort_forItsSchemeOnly() {
        assertThat(TrivecSiteIds.withDefaultPort(URI.create("https://ABCDEFGHIJKL123.trivecgateway.com")))
                .contains(new SiteId("abcdefghijkl123.trivecgateway.com:443"));
        assertThat(TrivecSiteIds.withDefaultPort(URI.create("http://gw.example.com:80")))
                .contains(new SiteId("gw.example.com:80"));
        assertThat(TrivecSiteIds.withDefaultPort(URI.create("https://gw.example.com:80"))).isEmpty();
        assertThat(TrivecSiteIds.withDefaultPort(URI.create("http://localhost:8089"))).isEmpty();
    }
}
