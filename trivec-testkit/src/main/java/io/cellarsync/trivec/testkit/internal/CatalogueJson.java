package io.cellarsync.trivec.testkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes the catalogue endpoints. Product {@code Vat} alternates between the old number form and the 2026 object
 * form, as different gateway servers do.
 */
public final class CatalogueJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private CatalogueJson() {}

    /** Writes one JSON document. */
    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private static byte[] json(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
            out.writeStartArray();
            body.write(out);
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The product list.
     *
     * @param catalogue the catalogue
     * @return {@code /catalog/productlist.json}
     */
    public static byte[] products(Catalogue catalogue) {
        return json(out -> {
            int i = 0;
            for (SimProduct product : catalogue.products()) {
                out.writeStartObject();
                out.writeStringField("$type", "Trivec.Definitions.Models.Product, Trivec.Definitions");
                out.writeStringField("Key", product.key());
                out.writeNumberField("ProdNr", product.number());
                out.writeStringField("Name", product.name());
                out.writeStringField("ShortName", product.name().length() > 12
                        ? product.name().substring(0, 12) : product.name());
                out.writeStringField("GroupKey", product.groupKey());
                out.writeStringField("ProductType", product.menu() ? "MenuProduct" : "SalesProduct");
                out.writeStringField("BarCode", "");
                out.writeFieldName("Price");
                out.writeNumber(product.price().setScale(8));
                if (i++ % 2 == 0) {
                    out.writeObjectFieldStart("Vat");
                    out.writeStringField("$type", "Trivec.Definitions.Models.Vat, Trivec.Definitions");
                    out.writeNumberField("Code", product.vatNr());
                    out.writeBooleanField("Default2", false);
                    out.writeStringField("Key", "33990000000000" + product.vatNr());
                    out.writeStringField("Name", product.vatRate().toPlainString() + " %");
                    out.writeFieldName("Percentage");
                    out.writeNumber(product.vatRate().setScale(4));
                    out.writeEndObject();
                } else {
                    out.writeFieldName("Vat");
                    out.writeNumber(product.vatRate());
                }
                out.writeArrayFieldStart("CenterKeys");
                out.writeEndArray();
                out.writeBooleanField("ShowInSearch", true);
                out.writeEndObject();
            }
        });
    }

    /**
     * The product group list: a nested-set tree under one root.
     *
     * @return {@code /catalog/productgrouplist.json}
     */
    public static byte[] productGroups() {
        String[][] groups = Catalogue.groups();
        return json(out -> {
            group(out, "3300000000000000", "Boutique", 0, 1, 1, 2L * groups.length + 2);
            for (int i = 0; i < groups.length; i++) {
                group(out, Catalogue.groupKey(i), groups[i][0], 2001 + i, 2, 2L * i + 2, 2L * i + 3);
            }
        });
    }

    private static void group(JsonGenerator out, String key, String name, int number, int level, long left,
            long right) throws IOException {
        out.writeStartObject();
        out.writeStringField("$type", "Trivec.Definitions.Models.ProductGroup, Trivec.Definitions");
        out.writeStringField("Key", key);
        out.writeStringField("Name", name);
        if (number != 0) {
            out.writeNumberField("GroupNr", number);
        }
        out.writeNumberField("GroupLevel", level);
        out.writeNumberField("LeftNr", left);
        out.writeNumberField("RightNr", right);
        out.writeStringField("Data", "");
        out.writeEndObject();
    }

    /**
     * The centre list.
     *
     * @param catalogue the catalogue
     * @return {@code /centers.json}
     */
    public static byte[] centres(Catalogue catalogue) {
        return json(out -> {
            for (SimCentre centre : catalogue.centres()) {
                out.writeStartObject();
                out.writeStringField("Key", centre.key());
                out.writeStringField("Name", centre.name());
                out.writeStringField("CenterNr", "");
                out.writeNumberField("GroupLevel", 2);
                out.writeNumberField("LeftNr", centre.leftNr());
                out.writeNumberField("RightNr", centre.rightNr());
                out.writeEndObject();
            }
        });
    }

    /**
     * The user list.
     *
     * @param catalogue the catalogue
     * @return {@code /users.json}
     */
    public static byte[] users(Catalogue catalogue) {
        return json(out -> {
            for (Map.Entry<String, String> user : catalogue.users()) {
                out.writeStartObject();
                out.writeStringField("Key", user.getKey());
                out.writeStringField("Name", user.getValue());
                out.writeBooleanField("IsActive", true);
                out.writeEndObject();
            }
        });
    }

    /**
     * The payment mode groups ({@code paymodes == false}) or payment modes.
     *
     * @param paymodes true for {@code /catalog/paymodelist.json}, false for the group list
     * @return the body
     */
    public static byte[] paymodes(boolean paymodes) {
        return json(out -> {
            String[] names = {"Carte", "Especes"};
            for (int i = 0; i < names.length; i++) {
                out.writeStartObject();
                out.writeStringField("Key", (paymodes ? "331100000000000" : "331200000000000") + (i + 1));
                out.writeStringField("Name", names[i]);
                if (paymodes) {
                    out.writeNumberField("ProdNr", i == 0 ? 11 : 1);
                    out.writeStringField("GroupKey", "331200000000000" + (i + 1));
                    out.writeStringField("PaymodeType", "Normal");
                } else {
                    out.writeNumberField("GroupLevel", 2);
                    out.writeNumberField("LeftNr", 2L * i + 2);
                    out.writeNumberField("RightNr", 2L * i + 3);
                }
                out.writeEndObject();
            }
        });
    }
}
