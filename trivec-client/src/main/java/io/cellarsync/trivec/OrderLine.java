package io.cellarsync.trivec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sale line of an order, or one add-on of a line (an add-on is an {@code OrderLine} too).
 *
 * <p>Amounts are exactly as sent; an absent amount is zero (the gateway omits zeros). Voids and moves are
 * negative lines: never drop them. An add-on may have add-ons of its own: the gateway notes never saw one, but the
 * model allows them, so walk {@link #addons()} to any depth (each has its own {@link #id()}).
 * {@link #totalInc()} and {@link #totalEx()} exclude the add-ons; the menu header
 * line ({@code ProductType MenuProduct}) has a price but no totals, its price being spread over its components.
 *
 * @param id where the line sits (site, ticket, order, position)
 * @param key the gateway's line key: positional, not unique (use {@link #id()})
 * @param productKey the product's key
 * @param productName the product's name at the time of sale (the POS label)
 * @param productNr the product's number
 * @param productType e.g. {@code SalesProduct} or {@code MenuProduct}
 * @param groupKey the product group's key
 * @param groupName the product group's name
 * @param groupNr the product group's number, 0 when absent
 * @param courseName the course code, empty when none
 * @param courseNr the course number, 0 when absent
 * @param menuId the menu instance this line belongs to ({@code <menu product key>§<GUID>}), empty when none
 * @param memo a free-text note, usually empty
 * @param promoName the promotion applied, empty when none
 * @param qty the quantity, signed
 * @param units the gateway's {@code Units} (+1 or -1, same sign as the quantity)
 * @param price the unit price including VAT
 * @param totalDisc the discount including VAT
 * @param totalInc the line total including VAT, after discount, excluding add-ons
 * @param totalEx the line total excluding VAT, unrounded, excluding add-ons
 * @param vatNr the site's VAT code index
 * @param vatPerc the VAT percentage, e.g. {@code 21.0000}
 * @param addons the add-ons of this line, in the order sent (an add-on's are empty but for add-ons of add-ons)
 * @param extraFields every property this type does not model, by its name as sent ({@code $type} dropped)
 */
public record OrderLine(
        LineId id,
        String key,
        String productKey,
        String productName,
        long productNr,
        String productType,
        String groupKey,
        String groupName,
        long groupNr,
        String courseName,
        long courseNr,
        String menuId,
        String memo,
        String promoName,
        BigDecimal qty,
        int units,
        BigDecimal price,
        BigDecimal totalDisc,
        BigDecimal totalInc,
        BigDecimal totalEx,
        int vatNr,
        BigDecimal vatPerc,
        List<OrderLine> addons,
        Map<String, JsonNode> extraFields) {

    /** The {@code ProductType} of a menu header line. */
    public static final String MENU_PRODUCT = "MenuProduct";

    /**
     * Checks the components and copies the collections.
     *
     * @param id where the line sits
     * @param key the line key
     * @param productKey the product key
     * @param productName the product name
     * @param productNr the product number
     * @param productType the product type
     * @param groupKey the group key
     * @param groupName the group name
     * @param groupNr the group number
     * @param courseName the course name
     * @param courseNr the course number
     * @param menuId the menu id
     * @param memo the memo
     * @param promoName the promotion name
     * @param qty the quantity
     * @param units the units sign
     * @param price the unit price
     * @param totalDisc the discount
     * @param totalInc the total including VAT
     * @param totalEx the total excluding VAT
     * @param vatNr the VAT code index
     * @param vatPerc the VAT percentage
     * @param addons the add-ons
     * @param extraFields the unmodelled properties
     */
    public OrderLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(qty, "qty");
        Objects.requireNonNull(totalInc, "totalInc");
        Objects.requireNonNull(totalEx, "totalEx");
        addons = List.copyOf(addons);
        extraFields = Map.copyOf(extraFields);
    }

    /**
     * Whether this line is an add-on of another line.
     *
     * @return true for an element of some line's {@link #addons()}
     */
    public boolean isAddon() {
        return id.isAddon();
    }

    /**
     * Whether this is a menu header line (it carries a price but no totals).
     *
     * @return true when {@link #productType()} is {@code MenuProduct}
     */
    public boolean isMenuHeader() {
        return MENU_PRODUCT.equalsIgnoreCase(productType);
    }

    /**
     * The line's gross total with its add-ons: {@code totalInc} plus the {@code totalInc} of every add-on, at any
     * depth.
     *
     * @return the exact sum
     */
    public BigDecimal totalIncWithAddons() {
        BigDecimal sum = totalInc;
        for (OrderLine addon : addons) {
            sum = sum.add(addon.totalIncWithAddons());
        }
        return sum;
    }

    /**
     * The line's net total with its add-ons: {@code totalEx} plus the {@code totalEx} of every add-on, at any
     * depth.
     *
     * @return the exact sum
     */
    public BigDecimal totalExWithAddons() {
        BigDecimal sum = totalEx;
        for (OrderLine addon : addons) {
            sum = sum.add(addon.totalExWithAddons());
        }
        return sum;
    }
}
