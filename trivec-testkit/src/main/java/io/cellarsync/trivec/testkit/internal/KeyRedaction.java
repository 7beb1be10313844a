package io.cellarsync.trivec.testkit.internal;

import io.cellarsync.trivec.testkit.SimulatorConfig;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The key taken out of a URL the simulator shows: in {@code requestedUrls()} and in the 404 that echoes the URI. The
 * key is a secret (notes §3): a partner may run the simulator with their own. Two things are redacted: the value of
 * every {@code appid}, and the simulator's own key wherever else it is in the URL (the path, another parameter's name
 * or value), however its characters are written: as sent or percent-encoded ({@code %53ecret}, {@code S%65cret},
 * hexadecimal digits in either case), its letters in either case. The simulator's key is left as sent when it is the
 * public test key {@link SimulatorConfig#DEFAULT_APP_ID}.
 *
 * <p>The search is one pattern built from the key, each character an alternation without repetition, so it is linear
 * in the URL's length times the key's: no key, however short or odd, makes it backtrack. A very short key redacts
 * every place its characters are found, the host and the route's names included (a key {@code a} shows
 * {@code http://loc***lhost:8089/c***t***log/...}): the 404 is then hard to read, and what is missing from a known
 * route tells the key; a real key has 32 characters.
 */
public final class KeyRedaction {

    /** The key's parameter in a URL, its name in any case, percent-encoded letters included ({@code %61ppid}). */
    private static final Pattern KEY_PARAMETER = Pattern.compile(
            "(?i)((?:a|%61|%41)(?:p|%70|%50)(?:p|%70|%50)(?:i|%69|%49)(?:d|%64|%44)=)([^&]*)");

    /** The simulator's key written in any way, or null when it is the public test key (or empty). */
    private final @Nullable Pattern key;

    private KeyRedaction(@Nullable Pattern key) {
        this.key = key;
    }

    /**
     * The redaction of a simulator's URLs.
     *
     * @param appId the key the simulator accepts
     * @return its redaction
     */
    public static KeyRedaction of(String appId) {
        return new KeyRedaction(appId.equals(SimulatorConfig.DEFAULT_APP_ID) || appId.isEmpty() ? null
                : anyWriting(appId));
    }

    /**
     * A URL as {@code requestedUrls()} lists it: the value of every {@code appid} shown as {@code ***}, the public
     * test key's included, and the simulator's own key anywhere else.
     *
     * @param url a URL, or its path and query, as received
     * @return the URL redacted
     */
    public String redacted(String url) {
        return appIdRedacted(keyRedacted(url), null);
    }

    /**
     * A URL as the 404 echoes it: as {@link #redacted}, but the public test key is shown as sent in {@code appid}.
     *
     * @param url the URL as received
     * @return the URL redacted
     */
    String echoed(String url) {
        return appIdRedacted(keyRedacted(url), SimulatorConfig.DEFAULT_APP_ID);
    }

    private String keyRedacted(String url) {
        return key == null ? url : key.matcher(url).replaceAll("***");
    }

    /**
     * The value of every {@code appid} shown as {@code ***}, but one.
     *
     * @param shown a value of {@code appid} shown as sent (a key that is no secret), or null for none
     */
    private static String appIdRedacted(String url, @Nullable String shown) {
        return KEY_PARAMETER.matcher(url).replaceAll(match -> match.group(2).equals(shown)
                ? Matcher.quoteReplacement(match.group()) : Matcher.quoteReplacement(match.group(1) + "***"));
    }

    /**
     * A pattern matching the key however a URL may write it: each character as itself, in either case (ASCII), or
     * percent-encoded, the UTF-8 bytes of either case, with hexadecimal digits in either case; a space also as
     * {@code +}.
     */
    static Pattern anyWriting(String appId) {
        StringBuilder regex = new StringBuilder();
        appId.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            regex.append("(?:").append(Pattern.quote(character));
            if (c == ' ') {
                regex.append("|\\+");
            }
            Set<String> cases = new LinkedHashSet<>();
            cases.add(character);
            if (c < 128) {
                cases.add(character.toLowerCase(Locale.ROOT));
                cases.add(character.toUpperCase(Locale.ROOT));
            }
            for (String written : cases) {
                regex.append('|');
                for (byte b : written.getBytes(StandardCharsets.UTF_8)) {
                    regex.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
                }
            }
            regex.append(')');
        });
        // CASE_INSENSITIVE alone folds ASCII only: the key's ASCII letters and the escapes' hexadecimal digits.
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
