package io.cellarsync.trivec.internal;

import java.util.regex.Pattern;

/**
 * Removes the application key from text that may be logged or put in an exception: {@code appid=...} query
 * parameters become {@code appid=***}, and any other occurrence of the key itself (the gateway echoes the request
 * URI in some error bodies) becomes {@code ***}.
 */
public final class Redactor {

    private static final Pattern APPID = Pattern.compile("(?i)(appid=)[^&#\\s\"'<>]*");

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
        String redacted = APPID.matcher(text).replaceAll("$1***");
        if (key.length() >= 4) {
            redacted = redacted.replace(key, "***");
        }
        return redacted;
    }
}
