package io.cellarsync.trivec.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generated catalogue of a simulated French restaurant: wines with realistic POS labels, beers, hot drinks,
 * softs, food, supplements (some free) and a menu; three points of sale; four users. Keys are numeric strings
 * like the gateway's; prices vary a little with the seed.
 */
public final class Catalogue {

    /** The product group names with their VAT (20 % alcohol, 10 % food and softs on the premises). */
    private static final String[][] GROUPS = {
        {"Vins rouges", "20"}, {"Vins blancs", "20"}, {"Vins au verre", "20"}, {"Champagnes", "20"},
        {"Bieres", "20"}, {"Boissons chaudes", "10"}, {"Softs", "10"}, {"Cuisine", "10"},
        {"Supplements", "10"}, {"Menus", "10"}};

    /** Name, group index, base price, kind (w = wine, m = menu, a = add-on, - = other). */
    private static final Object[][] PRODUCTS = {
        {"CH MARGAUX 2015 BTL", 0, "450.00", 'w'}, {"CH TALBOT 2016 BTL", 0, "89.00", 'w'},
        {"CROZES HERMITAGE 2019 BTL", 0, "46.00", 'w'}, {"1/2 BTL BOURGOGNE PINOT NOIR 2021", 0, "24.00", 'w'},
        {"CHABLIS 1ER CRU 2020 BTL", 1, "58.00", 'w'}, {"SANCERRE BLANC 2022 BTL", 1, "42.00", 'w'},
        {"VERRE COTES DU RHONE RGE", 2, "6.00", 'w'}, {"VERRE BORDEAUX SUP 2018", 2, "7.50", 'w'},
        {"VERRE CHARDONNAY IGP OC", 2, "6.50", 'w'}, {"PICHET ROSE PROVENCE 50CL", 2, "18.00", 'w'},
        {"COUPE CHAMPAGNE BRUT", 3, "12.00", 'w'}, {"MAGNUM CHAMPAGNE BRUT NV", 3, "160.00", 'w'},
        {"PRESSION BLONDE 25CL", 4, "4.50", '-'}, {"PRESSION BLONDE 50CL", 4, "8.00", '-'},
        {"BIERE IPA BTL 33CL", 4, "6.50", '-'}, {"CAFE", 5, "2.20", '-'}, {"CAFE CREME", 5, "3.80", '-'},
        {"THE VERT", 5, "3.50", '-'}, {"COCA COLA 33CL", 6, "4.00", '-'}, {"EAU PETILLANTE 50CL", 6, "4.50", '-'},
        {"CARAFE D'EAU", 6, "0.00", '-'}, {"CROQUE MONSIEUR", 7, "11.00", '-'}, {"PLAT DU JOUR", 7, "16.00", '-'},
        {"ENTREE DU JOUR", 7, "8.00", '-'}, {"DESSERT DU JOUR", 7, "7.00", '-'}, {"PLANCHE MIXTE", 7, "18.00", '-'},
        {"SUPPL FROMAGE", 8, "2.00", 'a'}, {"SUPPL FRITES", 8, "3.00", 'a'}, {"SANS GLACE", 8, "0.00", 'a'},
        {"CUISSON SAIGNANT", 8, "0.00", 'a'}, {"MENU MIDI", 9, "19.00", 'm'}};

    private static final String[] CENTRES = {"Restaurant", "Bar", "Terrasse"};
    private static final String[] USERS = {"Elodie", "Sam", "Chloe", "Marc"};

    private final List<SimProduct> products = new ArrayList<>();
    private final List<SimCentre> centres = new ArrayList<>();
    private final List<Map.Entry<String, String>> users = new ArrayList<>();
    private final List<SimProduct> sellable = new ArrayList<>();
    private final Map<String, SimProduct> byName = new java.util.HashMap<>();

    /**
     * Generates the catalogue of a seed.
     *
     * @param seed the seed
     * @param centreCount how many points of sale (1 to 3)
     */
    public Catalogue(long seed, int centreCount) {
        SplittableRandom random = new SplittableRandom(seed);
        long base = Math.floorMod(seed, 1000) * 1000;
        for (int i = 0; i < PRODUCTS.length; i++) {
            Object[] p = PRODUCTS[i];
            int group = (Integer) p[1];
            char kind = (Character) p[3];
            BigDecimal price = new BigDecimal((String) p[2]);
            if (price.signum() > 0 && kind == '-' && random.nextInt(3) == 0) {
                price = price.add(new BigDecimal("0.50"));
            }
            boolean high = GROUPS[group][1].equals("20");
            products.add(new SimProduct(String.valueOf(3308000000000000L + base + i + 1), 301001 + i,
                    (String) p[0], groupKey(group), GROUPS[group][0], 2001 + group, price,
                    new BigDecimal(GROUPS[group][1]), high ? 1 : 2, kind == 'w', kind == 'm'));
        }
        for (int i = 0; i < Math.max(1, Math.min(centreCount, CENTRES.length)); i++) {
            centres.add(new SimCentre(String.valueOf(7700000000001L + i), CENTRES[i], 2L * i + 2, 2L * i + 3));
        }
        for (SimProduct product : products) {
            byName.put(product.name(), product);
            if (!product.menu() && !product.groupName().equals("Supplements")) {
                sellable.add(product);
            }
        }
        for (int i = 0; i < USERS.length; i++) {
            users.add(Map.entry(String.valueOf(14000000000001L + i), USERS[i]));
        }
    }

    static String groupKey(int group) {
        return String.valueOf(3300000000000001L + group);
    }

    /** @return the group names with their VAT, in order */
    static String[][] groups() {
        return GROUPS;
    }

    /** @return the products */
    public List<SimProduct> products() {
        return products;
    }

    /** @return the points of sale */
    public List<SimCentre> centres() {
        return centres;
    }

    /** @return the users as (key, name) */
    public List<Map.Entry<String, String>> users() {
        return users;
    }

    SimProduct byName(String name) {
        SimProduct product = byName.get(name);
        if (product == null) {
            throw new IllegalStateException("no product " + name);
        }
        return product;
    }

    List<SimProduct> sellable() {
        return sellable;
    }
}
