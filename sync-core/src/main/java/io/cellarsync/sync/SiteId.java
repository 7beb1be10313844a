package io.cellarsync.sync;

import java.util.Objects;

/**
 * One point-of-sale installation (a gateway), named by a code chosen by the host (R1). Keys of the POS are only
 * unique within a site, so every reference and sale line carries its site.
 *
 * @param code the site's code, such as {@code ABCDEFGHIJKL123} or {@code localhost:8080}; not blank
 */
public record SiteId(String code) {

    /**
     * Checks the code.
     *
     * @throws IllegalArgumentException if the code is blank
     */
    public SiteId {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A site code must not be blank; give the gateway's code or host.");
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SiteId && code.equals(((SiteId) other).code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
