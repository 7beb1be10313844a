package io.cellarsync.sync;

import java.util.Objects;

/**
 * Identity of a POS reference (a product as the till knows it): its site and its product key (semantic 1).
 *
 * @param site the site the product belongs to
 * @param productKey the POS's product key, unique within the site; not blank
 */
public record PosReferenceId(SiteId site, String productKey) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the product key is blank
     */
    public PosReferenceId {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(productKey, "productKey");
        if (productKey.isBlank()) {
            throw new IllegalArgumentException("A POS product key must not be blank (site " + site + ").");
        }
    }

    /**
     * Shorthand for {@code new PosReferenceId(new SiteId(site), productKey)}.
     *
     * @param site the site code
     * @param productKey the product key
     * @return the reference id
     */
    public static PosReferenceId of(String site, String productKey) {
        return new PosReferenceId(new SiteId(site), productKey);
    }

    /** Compares the product key first, the field that differs most often; the engine compares ids in hot loops. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PosReferenceId)) {
            return false;
        }
        PosReferenceId that = (PosReferenceId) other;
        return productKey.equals(that.productKey) && site.equals(that.site);
    }

    @Override
    public int hashCode() {
        return 31 * site.hashCode() + productKey.hashCode();
    }

    @Override
    public String toString() {
        return site + "/" + productKey;
    }
}
