package io.cellarsync.trivec.internal;

import java.util.regex.Pattern;

/**
 * Removes the application key from text that may be logged or put in an exception: {@code appid=...} query
 * parameters become {@code appid=***}, and any other occurrence of the key itself (the gateway echoes the request
 * URI in some error bodies) becomes {@code ***}, and so does a head of the key of at least 8
 * characters (a body cut for an excerpt may end inside an echoed key), and any shorter head ending a cut text
 * ({@link #redactCut}). The userinfo of a URI
 * ({@code user:password@}, proxy credentials in a base URI) becomes {@code ***@} as well.
 */
public final class Redactor {

    private static final Pattern APPID = Pattern.compile("(?i)(appid=)[^&#\\s\"'<>]*");
    /** The userinfo of a URI: after {@code scheme://} (or at the start of a bare authority), up to {@code @}. */
    private static final Pattern USER_INFO = Pattern.compile("(^|//)[^/@\\s?#\"'<>]+@");

    /** The shortest head of the key that is redacted when a text is cut inside the key. */
    static final int HEAD_LENGTH = 8;

    private final String key;

    /**
     * A redactor for one key.
     *
     * @param key the application key
     */
    public Redactor(String key) {
        this.key = key;
    }

    /**
     * Redacts a text.
     *
     * @param text any text
     * @return the text without the key
     */
    public String redact(String text) {
        String redacted = withoutCredentials(text);
        if (key.length() < 4) {
            return redacted;
        }
        return withoutKeyHeads(redacted);
    }

    /**
     * Redacts a text cut after a fixed length, such as the head of a body: as {@link #redact}, and a head of the key
     * shorter than {@value #HEAD_LENGTH} characters at the very end of the text, where the cut may have fallen inside
     * an echoed key, is masked too (a review: a cut after up to 7 characters of the key left them in the excerpt).
     *
     * @param text the text
     * @param cut whether the text was cut (the body went on after it)
     * @return the text without the key
     */
    public String redactCut(String text, boolean cut) {
        String redacted = redact(text);
        if (!cut) {
            return redacted;
        }
        for (int length = Math.min(HEAD_LENGTH - 1, key.length() - 1); length > 0; length--) {
            if (redacted.endsWith(key.substring(0, length))) {
                return redacted.substring(0, redacted.length() - length) + "***";
            }
        }
        return redacted;
    }

    /**
     * Masks what a text says of the credentials without knowing the key: the value of every {@code appid=} parameter
     * and the userinfo of every URI ({@code GET https://***@host/x?appid=***}).
     *
     * @param text any text, such as a URI
     * @return the text without the key parameter's value and without userinfo
     */
    public static String withoutCredentials(String text) {
        return withoutUserInfo(APPID.matcher(text).replaceAll("$1***"));
    }

    /**
     * Masks the userinfo of every URI in a text: {@code http://user:s3cret@host:8089/x} becomes
     * {@code http://***@host:8089/x}.
     *
     * @param text any text, such as a URI
     * @return the text without userinfo
     */
    public static String withoutUserInfo(String text) {
        return USER_INFO.matcher(text).replaceAll("$1***@");
    }

    /**
     * Replaces the key, and any head of it of {@value #HEAD_LENGTH} characters or more, by {@code ***}: excerpts
     * and parser messages cut a body after a fixed length, which may fall inside an echoed key.
     */
    private String withoutKeyHeads(String text) {
        String head = key.substring(0, Math.min(HEAD_LENGTH, key.length()));
        int at = text.indexOf(head);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            int end = at + head.length();
            int matched = head.length();
            while (end < text.length() && matched < key.length() && text.charAt(end) == key.charAt(matched)) {
                end++;
                matched++;
            }
            out.append(text, from, at).append("***");
            from = end;
            at = text.indexOf(head, from);
        }
        return out.append(text, from, text.length()).toString();
    }
}
