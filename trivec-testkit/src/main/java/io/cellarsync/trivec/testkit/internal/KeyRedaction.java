package io.cellarsync.trivec.testkit.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The key ({@code appid}) taken out of a URL the simulator shows: in {@code requestedUrls()} and in the 404 that
 * echoes the URI. The key is a secret (notes §3): a partner may run the simulator with their own.
 */
public final class KeyRedaction {

    /** The key's parameter in a URL, its name in any case, percent-encoded letters included ({@code %61ppid}). */
    private static final Pattern KEY_PARAMETER = Pattern.compile(
            "(?i)((?:a|%61|%41)(?:p|%70|%50)(?:p|%70|%50)(?:i|%69|%49)(?:d|%64|%44)=)([^&]*)");

    private KeyRedaction() {}

    /**
     * A URL with the value of every {@code appid} shown as {@code ***}.
     *
     * @param url a URL, or its path and query, as received
     * @return the URL, {@code appid=***}
     */
    public static String redacted(String url) {
        return redacted(url, null);
    }

    /**
     * A URL with the value of every {@code appid} shown as {@code ***}, but one.
     *
     * @param url a URL, or its path and query, as received
     * @param shown a value of {@code appid} shown as sent (a key that is no secret), or null for none
     * @return the URL
     */
    static String redacted(String url, @Nullable String shown) {
        return KEY_PARAMETER.matcher(url).replaceAll(match -> match.group(2).equals(shown)
                ? Matcher.quoteReplacement(match.group()) : Matcher.quoteReplacement(match.group(1) + "***"));
    }
}
