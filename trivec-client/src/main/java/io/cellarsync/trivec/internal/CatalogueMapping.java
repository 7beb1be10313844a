package io.cellarsync.trivec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cellarsync.trivec.AccountInfo;
import io.cellarsync.trivec.Centre;
import io.cellarsync.trivec.PaymodeDefinition;
import io.cellarsync.trivec.PaymodeGroup;
import io.cellarsync.trivec.Product;
import io.cellarsync.trivec.ProductGroup;
import io.cellarsync.trivec.User;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Maps catalogue and master-data objects, tolerating absent fields and any casing. */
public final class CatalogueMapping {

    private CatalogueMapping() {}

    /**
     * Maps a product. {@code Vat} is polymorphic: a number on older servers, an object with a {@code Percentage}
     * (or {@code VAT}) since 2026; both give a percentage. A product without {@code Vat}, or whose {@code Vat} object
     * holds no rate (only its {@code Code}), has no rate: {@code null}, not a made-up 0 %. An absent {@code Price} is 0,
     * as the gateway leaves out zero numbers (gateway notes §7).
     *
     * @param node the product object
     * @return the product
     */
    public static Product product(JsonNode node) {
        NodeFields f = new NodeFields(node);
        return new Product(f.text("Key"), f.integer("ProdNr"), f.text("Name"), f.text("ShortName"),
                f.text("GroupKey"), f.decimal("Price"), vatRate(f.node("Vat")), f.text("ProductType"),
                f.text("BarCode"), f.extras());
    }

    static @Nullable BigDecimal vatRate(@Nullable JsonNode vat) {
        if (vat == null) {
            return null; // perhaps the group's VAT code applies: unknown here, and never a rate of 0 %
        }
        if (vat.isObject()) {
            NodeFields f = new NodeFields(vat);
            JsonNode percentage = f.node("Percentage");
            if (percentage == null) {
                percentage = f.node("VAT");
            }
            // The object's Code is the site's VAT code (1, 2...), never read as a rate.
            return percentage == null ? null : NodeFields.decimalOf(percentage, "Vat.Percentage");
        }
        return NodeFields.decimalOf(vat, "Vat");
    }

    /**
     * Maps a product group.
     *
     * @param node the group object
     * @return the group
     */
    public static ProductGroup productGroup(JsonNode node) {
        NodeFields f = new NodeFields(node);
        return new ProductGroup(f.text("Key"), f.text("Name"), f.integer("GroupNr"),
                f.smallInteger("GroupLevel"), f.integer("LeftNr"), f.integer("RightNr"), f.extras());
    }

    /**
     * Maps a payment mode group.
     *
     * @param node the group object
     * @return the group
     */
    public static PaymodeGroup paymodeGroup(JsonNode node) {
        NodeFields f = new NodeFields(node);
        return new PaymodeGroup(f.text("Key"), f.text("Name"), f.smallInteger("GroupLevel"),
                f.integer("LeftNr"), f.integer("RightNr"), f.extras());
    }

    /**
     * Maps a payment mode definition.
     *
     * @param node the definition object
     * @return the definition
     */
    public static PaymodeDefinition paymode(JsonNode node) {
        NodeFields f = new NodeFields(node);
        return new PaymodeDefinition(f.text("Key"), f.text("Name"), f.integer("ProdNr"), f.text("GroupKey"),
                f.text("PaymodeType"), f.extras());
    }

    /**
     * Maps a centre.
     *
     * @param node the centre object
     * @return the centre
     */
    public static Centre centre(JsonNode node) {
        NodeFields f = new NodeFields(node);
        return new Centre(f.text("Key"), f.text("Name"), f.text("CenterNr"),
                f.smallInteger("GroupLevel"), f.integer("LeftNr"), f.integer("RightNr"), f.extras());
    }

    /**
     * Maps a user.
     *
     * @param node the user object
     * @return the user
     */
    public static User user(JsonNode node) {
        NodeFields f = new NodeFields(node);
        return new User(f.text("Key"), f.text("Name"), f.extras());
    }

    /**
     * Maps an account.
     *
     * @param node the account object
     * @return the account
     */
    public static AccountInfo account(JsonNode node) {
        NodeFields f = new NodeFields(node);
        return new AccountInfo(f.text("Key"), f.text("ClientNr"), f.text("FirstName"), f.text("LastName"),
                f.text("CompanyName"), f.extras());
    }
}
