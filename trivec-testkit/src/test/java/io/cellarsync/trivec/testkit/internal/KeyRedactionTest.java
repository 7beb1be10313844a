package io.cellarsync.trivec.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.trivec.testkit.SimulatorConfig;
import org.junit.jupiter.api.Test;

/**
 * The key however a URL writes it: as sent, percent-encoded (either case of hexadecimal digit), its letters in either
 * case; the public test key left as sent by the 404; a short key redacts much.
 */
class KeyRedactionTest {

    private static final String KEY = "Secret12345";

    @Test
    void theKey_asSentOrPercentEncoded_isRedactedAnywhere_everyAppIdValueToo() {
        KeyRedaction redaction = KeyRedaction.of(KEY);

        assertThat(redaction.echoed("http://localhost:1/nope/%53ecret12345.json?appid=Secret12345&x=%53ecret12345"))
                .isEqualTo("http://localhost:1/nope/***.json?appid=***&x=***");
        assertThat(redaction.redacted("/a/S%65cret%31%32345/b?%53%45%43%52%45%54%31%32%33%34%35=1&y=xsECRET12345x"))
                .isEqualTo("/a/***/b?***=1&y=x***x");
        assertThat(redaction.redacted("/a?y=%73%65%63%72%65%74%31%32%33%34%35&appid=anything"))
                .isEqualTo("/a?y=***&appid=***");
        // near misses stay: another character, an escape of another character, a cut key
        assertThat(redaction.redacted("/a?y=Secret1234&z=Secret1234%36&w=Sec%2Dret12345"))
                .isEqualTo("/a?y=Secret1234&z=Secret1234%36&w=Sec%2Dret12345");
    }

    @Test
    void aKeyWithASpaceOrANonAsciiLetter_isRedactedInEachOfItsWritings() {
        KeyRedaction spaced = KeyRedaction.of("my key 123");
        assertThat(spaced.redacted("/a?x=my+key%20123&y=my%20KEY+123&z=my key 123"))
                .isEqualTo("/a?x=***&y=***&z=***");

        KeyRedaction accented = KeyRedaction.of("cl\u00e9secr\u00e8te");
        assertThat(accented.redacted("/a?x=cl%C3%A9secr%c3%a8te&y=CL%C3%A9SECR%C3%A8TE&z=cl\u00e9secr\u00e8te"))
                .isEqualTo("/a?x=***&y=***&z=***");
    }

    @Test
    void thePublicTestKey_isShownByThe404_butNotInRequestedUrls() {
        KeyRedaction redaction = KeyRedaction.of(SimulatorConfig.DEFAULT_APP_ID);
        String url = "/nope/" + SimulatorConfig.DEFAULT_APP_ID + "?appid=" + SimulatorConfig.DEFAULT_APP_ID;

        assertThat(redaction.echoed(url)).isEqualTo(url);
        assertThat(redaction.redacted(url)).isEqualTo("/nope/" + SimulatorConfig.DEFAULT_APP_ID + "?appid=***");
        // another key in appid is redacted even on the default key
        assertThat(redaction.echoed("/nope?appid=" + KEY)).isEqualTo("/nope?appid=***");
    }

    /**
     * A key of one character redacts every place that character is written, the host and route names included: the
     * echo is hard to read. On a request line of a megabyte the answer is still right (the pattern has no repetition,
     * so it cannot backtrack; a unit test asserts no time).
     */
    @Test
    void aVeryShortKey_redactsEveryOccurrence_evenOnTheLongestRequestLine() {
        assertThat(KeyRedaction.of("a").echoed("http://localhost:1/catalog/x.json?appid=a&b=%61%41A"))
                .isEqualTo("http://loc***lhost:1/c***t***log/x.json?***ppid=***&b=*********");

        String longUrl = "/x?y=" + "%6".repeat(200_000) + "&z=" + "Secret1234".repeat(50_000);
        assertThat(KeyRedaction.of("%").redacted(longUrl)).doesNotContain("%");
        assertThat(KeyRedaction.of(KEY).redacted(longUrl)).isEqualTo(longUrl);
    }
}
