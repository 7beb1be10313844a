package io.cellarsync.trivec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Rule R1: a site is configured by its code or its domain, both naming the same site. */
class TrivecSiteTest {

    @ParameterizedTest
    @ValueSource(strings = {"ABCDEFGHIJKL123", "ABCDEFGHIJKL123.trivecgateway.com",
        "https://ABCDEFGHIJKL123.trivecgateway.com", "https://ABCDEFGHIJKL123.trivecgateway.com/",
        "abcdefghijkl123", "ABCDEFGHIJKL123.TrivecGateway.com"})
    void codeAndDomain_nameTheSameSite(String given) {
        TrivecSite site = TrivecSite.of(given);

        assertThat(site.code()).isEqualTo("ABCDEFGHIJKL123");
        assertThat(site.baseUri()).isEqualTo(URI.create("https://ABCDEFGHIJKL123.trivecgateway.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ABC DEF", " ABCDEFGHIJKL123", "http://ABCDEFGHIJKL123.trivecgateway.com",
        "https://ABCDEFGHIJKL123.example.com", "ABCDEFGHIJKL123.trivecgateway.com:8443",
        "https://ABCDEFGHIJKL123.trivecgateway.com/ticket", "https://ABCDEFGHIJKL123.trivecgateway.com?x=1",
        ".trivecgateway.com", "https://.trivecgateway.com", "ABC-123", "ftp://ABC.trivecgateway.com",
        "ABC.evil.com/x.trivecgateway.com"})
    void anythingElse_isRefused_sayingWhatIsAccepted(String given) {
        assertThatThrownBy(() -> TrivecSite.of(given))
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining("'" + given + "'")
                .hasMessageContaining("ABCDEFGHIJKL123.trivecgateway.com");
    }

    @Test
    void anExplicitBaseUri_isASeparateOption_withoutTrailingSlash() {
        TrivecSite site = TrivecSite.atBaseUri(URI.create("http://localhost:8089/"));

        assertThat(site.baseUri()).isEqualTo(URI.create("http://localhost:8089"));
        assertThat(site.code()).isEqualTo("localhost:8089");
        assertThat(TrivecSite.atBaseUri("SHOP1", URI.create("http://proxy.local/trivec")).code()).isEqualTo("SHOP1");
    }

    @Test
    void aBaseUriWithUserinfo_isNamedByItsHostAndPort_andNeverShowsTheUserinfo() {
        TrivecSite site = TrivecSite.atBaseUri(URI.create("http://user:s3cret@localhost:8089/"));

        assertThat(site.code()).isEqualTo("localhost:8089");
        assertThat(TrivecSite.atBaseUri(URI.create("https://user:s3cret@proxy.local/trivec")).code())
                .isEqualTo("proxy.local");
        assertThat(site.toString()).contains("localhost:8089", "***@").doesNotContain("s3cret", "user");
        assertThatThrownBy(() -> TrivecSite.of("https://user:s3cret@X.trivecgateway.com"))
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining("X.trivecgateway.com").hasMessageNotContaining("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://localhost:8089", "file:///tmp/gateway", "ws://localhost:8089"})
    void aBaseUriThatIsNotHttp_isRefusedWhenTheClientIsBuilt_namingIt(String given) {
        assertThatThrownBy(() -> TrivecClient.builder().baseUri(URI.create(given)).appId(GatewayStubs.KEY).build())
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining("'" + given + "'")
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> TrivecSite.atBaseUri("SHOP1", URI.create(given)))
                .isInstanceOf(TrivecConfigurationException.class);
    }

    @Test
    void aBaseUriThatIsNotHttp_isRefused_withoutShowingItsUserinfo() {
        assertThatThrownBy(() -> TrivecSite.atBaseUri(URI.create("ftp://user:s3cret@localhost:21")))
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining("ftp://***@localhost:21").hasMessageNotContaining("s3cret");
    }

    @Test
    void aSiteOrBaseUriPastedWithItsAppidParameter_isRefusedOrShown_withoutTheKey() {
        assertThatThrownBy(() -> TrivecSite.of("https://ABC.trivecgateway.com/?appid=s3cretKey42"))
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining("appid=***").hasMessageNotContaining("s3cretKey42");
        assertThatThrownBy(() -> TrivecClient.builder().baseUri(URI.create("ftp://h/?appid=s3cretKey42"))
                .appId(GatewayStubs.KEY).build())
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining("appid=***").hasMessageNotContaining("s3cretKey42");
        assertThatThrownBy(() -> TrivecSite.atBaseUri("SHOP1", URI.create("http://proxy.local/trivec?appid=s3cretKey42")))
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining("http://proxy.local/trivec").hasMessageNotContaining("s3cretKey42");
    }

    // The client appends "/ticket/day.json/...?appid=..." to the base URI: behind a query the path would be sent as
    // part of it, behind a fragment nothing would be sent at all.
    @ParameterizedTest
    @ValueSource(strings = {"http://proxy.local/trivec?tenant=7", "http://localhost:8089/?", "http://localhost:8089#top",
        "https://proxy.local/trivec/#", "http://localhost:8089/?x=1#top"})
    void aBaseUriWithAQueryOrAFragment_isRefused_namingItAndWhatIsAccepted(String given) {
        String withoutQueryOrFragment = given.replaceAll("[?#].*", "");

        assertThatThrownBy(() -> TrivecClient.builder().baseUri(URI.create(given)).appId(GatewayStubs.KEY).build())
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining(withoutQueryOrFragment)
                .hasMessageContaining("without a query or a fragment")
                .hasMessageContaining("http://localhost:8089");
        assertThatThrownBy(() -> TrivecSite.atBaseUri("SHOP1", URI.create(given)))
                .isInstanceOf(TrivecConfigurationException.class);
        assertThatThrownBy(() -> new TrivecSite("SHOP1", URI.create(given)))
                .isInstanceOf(TrivecConfigurationException.class);
    }

    @Test
    void aBaseUriWithAQuery_isRefused_withoutShowingWhatTheQueryHolds() {
        assertThatThrownBy(() -> TrivecSite.atBaseUri(URI.create("https://u:pw@proxy.local/t?token=s3cretKey42#k=s3")))
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining("https://***@proxy.local/t")
                .hasMessageNotContaining("s3cretKey42").hasMessageNotContaining("k=s3").hasMessageNotContaining("pw");
    }

    @Test
    void aRelativeBaseUri_isRefused() {
        assertThatThrownBy(() -> TrivecSite.atBaseUri(URI.create("/just/a/path")))
                .isInstanceOf(TrivecConfigurationException.class)
                .hasMessageContaining("/just/a/path");
    }
}
