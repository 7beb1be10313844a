package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.LibraryWine;
import io.cellarsync.matching.Verdict;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives POS-style labels from a library, seeded and deterministic: upper case, abbreviated with the vocabulary of
 * MATCHING.md, truncated, 2-digit vintages, formats and glasses; vintages the library does not hold (expected
 * {@code almost}), wines held out of the index (expected {@code no}) and non-wine items (expected {@code no}).
 */
final class PosLabelGenerator {

    /** The library to index (the held-out wines removed) and the labels with their truth and source words. */
    record LabelSet(List<LibraryWine> indexed, List<Label> generated) {

        /** The labels with their truth. */
        List<LabelledQuery> labels() {
            return generated.stream().map(Label::query).toList();
        }
    }

    /**
     * A label, its truth, the source words it was made from ({@link TracedName#sourceWords}: what of the library
     * entry's words survived shorthands, a dropped word, the cut and a typo; none for a non-wine item), and whether
     * its truth is one a reading can tell ({@link Tellability}).
     */
    record Label(LabelledQuery query, List<String> sourceWords, boolean tellable) {}

    /** A label's text and the source words it shows. */
    private record Written(String text, List<String> sourceWords) {}

    private static final double HELD_OUT_SHARE = 0.08;
    private static final int LAST_VINTAGE = 2026;
    private static final String[][] ABBREVIATIONS = {
        {"château", "CH"}, {"chateau", "CHT"}, {"domaine", "DOM"}, {"domaine", "DNE"}, {"saint", "ST"},
        {"sainte", "STE"}, {"premier cru", "1ER CRU"}, {"1er cru", "1ER"}, {"grand cru", "GC"},
        {"côtes du rhône", "CDR"}, {"côtes-du-rhône", "CDR"}, {"vieilles vignes", "VV"}, {"cuvée", "CUV"},
        {"réserve", "RES"}, {"reserva", "RES"}, {"riserva", "RIS"}, {"rouge", "RGE"}, {"blanc", "BLC"},
        {"rosé", "RSE"}, {"bordeaux", "BDX"}, {"bourgogne", "BGNE"}, {"châteauneuf-du-pape", "CNDP"},
        {"blanc de blancs", "BDB"}, {"brut nature", "BN"}, {"supérieur", "SUP"}, {"crémant", "CREM"},
    };
    private static final String[] NON_WINE = {
        "MOJITO", "SPRITZ APEROL", "GIN TONIC", "HEINEKEN", "KRONENBOURG PRESSION", "COCA COLA", "COCA ZERO",
        "PERRIER", "EVIAN", "SAN PELLEGRINO", "CAFE EXPRESSO", "CAFE CREME", "THE VERT", "JUS D'ORANGE",
        "LIMONADE", "DIABOLO MENTHE", "BURGER MAISON", "ENTRECOTE FRITES", "TARTARE DE BOEUF", "SALADE CESAR",
        "CROQUE MONSIEUR", "PLANCHE CHARCUTERIE", "PLANCHE MIXTE", "FROMAGE BLANC", "CREME BRULEE", "TIRAMISU",
        "MOELLEUX CHOCOLAT", "CAFE GOURMAND", "MENU ENFANT", "FORMULE MIDI", "PLAT DU JOUR", "DESSERT DU JOUR",
        "WHISKY JB", "JACK DANIELS", "RICARD", "PASTIS 51", "GET 27", "COGNAC VSOP", "CALVADOS", "LEFFE BLONDE",
        "CHOUFFE", "IPA PRESSION", "CIDRE BRUT BOLEE", "PANACHE", "MONACO", "KIR", "NEGRONI", "MARGARITA",
        "CAIPIRINHA", "VODKA RED BULL", "RED BULL", "ORANGINA", "SCHWEPPES", "ICE TEA", "SIROP GRENADINE",
        "CHOCOLAT CHAUD", "CAPPUCCINO", "SUPPLEMENT FRITES", "PAIN", "EAU PLATE", "BIERE DU MOMENT",
        "SOUPE A L'OIGNON", "MOULES FRITES", "FISH AND CHIPS", "CAFE LATTE", "IRISH COFFEE", "BAILEYS",
        "LIMONCELLO", "GRAPPA", "SAKE CHAUD", "TEQUILA SUNRISE", "SEX ON THE BEACH", "PINA COLADA", "CUBA LIBRE",
        "DESPERADOS", "CORONA", "GUINNESS", "HOEGAARDEN", "SPRITE", "FANTA ORANGE", "TONIC", "GINGER BEER",
        "CROISSANT", "PAIN AU CHOCOLAT", "OMELETTE", "ASSIETTE DE FROMAGES", "ANDOUILLETTE", "COTE DE BOEUF",
    };
    private static final String[] NON_WINE_DECORATIONS = {"", "", "", " 33CL", " 25CL", " 50CL", " 4CL", " BTL",
        " PRESSION", " 1L", " XL", " X2", " 2CL", " MAISON"};
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private static final int MAX_VINTAGE_SHIFT = 6;

    private final Random random;
    private Map<List<LibraryWine>, List<List<LibraryWine>>> otherListings = Map.of();
    /** The stocked families with a listing that has a free vintage ({@link #freeVintages}), for an almost label. */
    private List<List<LibraryWine>> withFreeVintages = List.of();
    private Tellability tellability;

    private PosLabelGenerator(long seed) {
        this.random = new Random(seed);
    }

    static LabelSet generate(List<LibraryWine> library, long seed, int count) {
        return new PosLabelGenerator(seed).generate(library, count);
    }

    /**
     * POS-style labels of wines the library does not stock ({@link ForeignWines}), one per wine, written the way the
     * library's labels are (producer prefixed 30 % of the time, cut, abbreviated, with vintages and servings): each
     * expects {@code NO}.
     */
    static List<LabelledQuery> foreign(List<LibraryWine> wines, long seed) {
        PosLabelGenerator generator = new PosLabelGenerator(seed);
        return wines.stream().map(wine -> {
            String vintage = wine.vintage().isPresent() ? generator.vintageText(wine.vintage().getAsInt()) : "";
            return new LabelledQuery(generator.label(wine, vintage).text(), Verdict.NO, "", "", 0, "foreign wine");
        }).toList();
    }

    private LabelSet generate(List<LibraryWine> library, int count) {
        Map<String, List<LibraryWine>> families = new LinkedHashMap<>();
        for (LibraryWine wine : library) {
            families.computeIfAbsent(wine.name() + "\u0000" + wine.producer(), k -> new ArrayList<>()).add(wine);
        }
        List<List<LibraryWine>> all = new ArrayList<>(families.values());
        java.util.Collections.shuffle(all, random);
        int heldOutCount = (int) (all.size() * HELD_OUT_SHARE);
        // A wine the library lists twice is stocked even when one of its listings is held out: only a wine listed
        // once can stand for a wine the cellar does not stock.
        this.otherListings = OneWine.otherListings(all);
        List<List<LibraryWine>> heldOut = new ArrayList<>();
        List<List<LibraryWine>> indexedFamilies = new ArrayList<>();
        for (List<LibraryWine> family : all) {
            boolean holdOut = heldOut.size() < heldOutCount && !otherListings.containsKey(family);
            (holdOut ? heldOut : indexedFamilies).add(family);
        }
        List<List<LibraryWine>> withVintages = indexedFamilies.stream()
                .filter(f -> f.stream().anyMatch(w -> w.vintage().isPresent())).toList();
        this.withFreeVintages = withVintages.stream()
                .filter(f -> !listingsWithFreeVintages(f, heldVintages(f)).isEmpty()).toList();
        requireFamiliesFor(count, library.size(), all.size(), indexedFamilies, withVintages, heldOut);
        this.tellability = new Tellability(indexedFamilies, otherListings);
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double kind = random.nextDouble();
            if (kind < 0.55) {
                labels.add(yesLabel(pick(indexedFamilies)));
            } else if (kind < 0.70) {
                labels.add(almostLabel(pick(withVintages)));
            } else if (kind < 0.85) {
                labels.add(notStockedLabel(pick(heldOut)));
            } else {
                labels.add(nonWineLabel());
            }
        }
        List<LibraryWine> indexed = new ArrayList<>();
        indexedFamilies.forEach(indexed::addAll);
        return new LabelSet(indexed, labels);
    }

    /**
     * Refuses, before any label is drawn, a library without the wines some kind of label is drawn from, as
     * {@link CashierLabelGenerator} does: a draw among none threw {@code IllegalArgumentException: bound must be
     * positive}; one where no wine with a vintage leaves a year free for an almost label ({@link #freeVintages})
     * drew that label's vintage for ever. Each label's kind is drawn at random, so any label may be of any kind; a
     * library of fewer than 13 wines holds none out (8 % of its wines, rounded down, among those listed once).
     */
    private void requireFamiliesFor(int count, int listings, int wines, List<List<LibraryWine>> stocked,
            List<List<LibraryWine>> withVintages, List<List<LibraryWine>> heldOut) {
        if (count <= 0) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (stocked.isEmpty()) {
            missing.add("labels of a stocked wine (about 55 %) need a wine stocked");
        }
        if (withVintages.isEmpty()) {
            missing.add("labels of a vintage not held (about 15 %) need a wine stocked with a vintage");
        } else if (withFreeVintages.isEmpty()) {
            missing.add(String.format(Locale.ROOT, "labels of a vintage not held (about 15 %%) need a wine stocked"
                    + " that is not listed in some year within %d years of one of its vintages and not after %d;"
                    + " none of the %d wine%s with a vintage has such a year", MAX_VINTAGE_SHIFT, LAST_VINTAGE,
                    withVintages.size(), withVintages.size() == 1 ? "" : "s"));
        }
        if (heldOut.isEmpty()) {
            missing.add("labels of a wine not stocked (about 15 %) need a wine held out (8 % of the wines, rounded"
                    + " down, are held out, among those listed once)");
        }
        if (missing.isEmpty()) {
            return;
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "A library of %d listing%s (%d wine%s: %d"
                + " stocked, %d of them with a vintage, %d held out, %d listed more than once) is too small for %d"
                + " POS-style labels: %s. Give a larger library (a few hundred wines).", listings,
                listings == 1 ? "" : "s", wines, wines == 1 ? "" : "s", stocked.size(), withVintages.size(),
                heldOut.size(), otherListings.size(), count, String.join("; ", missing)));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private Label yesLabel(List<LibraryWine> family) {
        LibraryWine wine = pick(family);
        String vintage = "";
        if (wine.vintage().isPresent() && random.nextDouble() < 0.6) {
            vintage = vintageText(wine.vintage().getAsInt());
        } else if (wine.vintage().isEmpty() && random.nextDouble() < 0.2) {
            vintage = random.nextBoolean() ? "NV" : "SA";
        }
        return labelled(family, label(wine, vintage), Verdict.YES, wine, 0, "in library");
    }

    private Label almostLabel(List<LibraryWine> family) {
        Set<Integer> held = heldVintages(family);
        LibraryWine wine = pick(family.stream().filter(w -> w.vintage().isPresent()).toList());
        List<Integer> free = freeVintages(wine.vintage().getAsInt(), held);
        if (free.isEmpty()) {
            // Every year the draw below can give is held or after LAST_VINTAGE (a wine listed in every year 2020-2026,
            // its 2026 listing): draw another listing of the wine that has a free year, or another wine. Only here do
            // the draws differ from those of the loop alone, which never ended for such a listing.
            List<LibraryWine> others = listingsWithFreeVintages(family, held);
            if (others.isEmpty()) {
                family = pick(withFreeVintages);
                held = heldVintages(family);
                others = listingsWithFreeVintages(family, held);
            }
            wine = pick(others);
            free = freeVintages(wine.vintage().getAsInt(), held);
        }
        int vintage;
        do {
            // Ends: at least one of the twelve draws is free.
            int shift = 1 + random.nextInt(MAX_VINTAGE_SHIFT);
            vintage = wine.vintage().getAsInt() + (random.nextBoolean() ? shift : -shift);
        } while (!free.contains(vintage));
        return labelled(family, label(wine, vintageText(vintage)), Verdict.ALMOST, wine, vintage, "vintage not held");
    }

    /**
     * The vintages of the wine, not only of this listing: a vintage the library holds under another listing of the
     * same wine is held ("CHATEAU MOUTON-ROTHSCHILD 2022" names the listing holding 2022).
     */
    private Set<Integer> heldVintages(List<LibraryWine> family) {
        Set<Integer> held = new HashSet<>();
        family.forEach(w -> w.vintage().ifPresent(held::add));
        otherListings.getOrDefault(family, List.of()).forEach(f -> f.forEach(w -> w.vintage().ifPresent(held::add)));
        return held;
    }

    /** The listings of {@code family} with a vintage and a free vintage ({@link #freeVintages}) beside it. */
    private static List<LibraryWine> listingsWithFreeVintages(List<LibraryWine> family, Set<Integer> held) {
        return family.stream()
                .filter(w -> w.vintage().isPresent() && !freeVintages(w.vintage().getAsInt(), held).isEmpty())
                .toList();
    }

    /**
     * The vintages an almost label of a listing of {@code vintage} may name, in ascending order: those within
     * {@value #MAX_VINTAGE_SHIFT} years of it, not {@code held} by the wine, and not after {@value #LAST_VINTAGE}.
     * Empty for the 2026 listing of a wine listed in every year 2020-2026.
     */
    static List<Integer> freeVintages(int vintage, Set<Integer> held) {
        List<Integer> free = new ArrayList<>();
        for (int year = vintage - MAX_VINTAGE_SHIFT; year <= vintage + MAX_VINTAGE_SHIFT; year++) {
            if (year != vintage && !held.contains(year) && year <= LAST_VINTAGE) {
                free.add(year);
            }
        }
        return free;
    }

    private Label notStockedLabel(List<LibraryWine> family) {
        LibraryWine wine = pick(family);
        String vintage = wine.vintage().isPresent() && random.nextBoolean()
                ? vintageText(wine.vintage().getAsInt()) : "";
        return labelled(family, label(wine, vintage), Verdict.NO, wine, 0, "wine not stocked");
    }

    private Label nonWineLabel() {
        String label = pick(List.of(NON_WINE)) + pick(List.of(NON_WINE_DECORATIONS));
        return new Label(new LabelledQuery(random.nextDouble() < 0.2 ? label.toLowerCase(Locale.ROOT) : label,
                Verdict.NO, "", "", 0, "non-wine"), List.of(), true);
    }

    /** The label written for {@code wine} of {@code family}, with its truth and whether the truth can be told. */
    private Label labelled(List<LibraryWine> family, Written written, Verdict expected, LibraryWine wine, int vintage,
            String kind) {
        return new Label(new LabelledQuery(written.text(), expected, wine.name(), wine.producer(), vintage, kind),
                written.sourceWords(), tellability.tellable(expected, family, written.sourceWords()));
    }

    private String vintageText(int year) {
        double form = random.nextDouble();
        if (form < 0.5) {
            return String.format("%02d", year % 100);
        }
        return form < 0.6 ? "'" + String.format("%02d", year % 100) : Integer.toString(year);
    }

    private Written label(LibraryWine wine, String vintage) {
        String entry = wine.name();
        if (!wine.producer().isEmpty() && random.nextDouble() < 0.3
                && !fold(entry).contains(fold(firstWord(wine.producer())))) {
            entry = wine.producer() + " " + entry;
        }
        TracedName traced = abbreviate(TracedName.of(entry));
        if (random.nextDouble() < 0.1) {
            traced = dropWord(traced);
        }
        if (random.nextDouble() < 0.35) {
            int keep = Math.max(8, (int) (traced.text().length() * (0.5 + 0.5 * random.nextDouble())));
            traced = traced.cut(keep);
        }
        if (random.nextDouble() < 0.05) {
            traced = typo(traced);
        }
        String name = traced.text();
        StringBuilder label = new StringBuilder();
        String serving = serving(wine);
        boolean servingFirst = serving.startsWith("VERRE") && random.nextBoolean();
        if (servingFirst) {
            label.append(serving).append(' ');
        }
        label.append(name);
        label.append(colourCode(wine.colour()));
        if (!vintage.isEmpty()) {
            label.append(' ').append(vintage);
        }
        if (!servingFirst && !serving.isEmpty()) {
            label.append(' ').append(serving);
        }
        String text = label.toString();
        if (random.nextDouble() < 0.6) {
            text = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        }
        return new Written(random.nextDouble() < 0.85 ? text.toUpperCase(Locale.ROOT) : text, traced.sourceWords());
    }

    private TracedName abbreviate(TracedName name) {
        TracedName result = name;
        for (String[] abbreviation : ABBREVIATIONS) {
            Pattern pattern = Pattern.compile("(?iu)\\b" + Pattern.quote(abbreviation[0]) + "\\b");
            if (pattern.matcher(result.text()).find() && random.nextDouble() < 0.7) {
                result = result.replaceAll(pattern, abbreviation[1]);
            }
        }
        return result;
    }

    private String serving(LibraryWine wine) {
        double serving = random.nextDouble();
        if (serving < 0.15) {
            return pick(List.of("VERRE", "VR", "12CL", "VERRE 12CL", "GL 15CL", "VERRE 14CL"));
        }
        int volume = wine.volumeMl().orElse(750);
        if (serving < 0.35) {
            return switch (volume) {
                case 1500 -> pick(List.of("MAG", "MAGNUM", "150CL", "1.5L"));
                case 375 -> pick(List.of("37.5CL", "1/2 BTL", "DEMI", "375ML"));
                case 750 -> pick(List.of("BTL", "75CL", "BT", "BOUT", "0,75L"));
                default -> "";
            };
        }
        return "";
    }

    private String colourCode(String colour) {
        if (colour.isEmpty() || random.nextDouble() > 0.3) {
            return "";
        }
        return switch (colour) {
            case "red" -> " " + pick(List.of("RGE", "ROUGE", "R"));
            case "white" -> " " + pick(List.of("BLC", "BLANC", "B"));
            default -> " " + pick(List.of("RSE", "ROSE"));
        };
    }

    private TracedName dropWord(TracedName name) {
        String[] words = name.text().split(" ");
        if (words.length < 3) {
            return name;
        }
        return name.withoutWord(1 + random.nextInt(words.length - 1));
    }

    private TracedName typo(TracedName name) {
        String[] words = name.text().split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String word = words[longest];
        if (word.length() < 5) {
            return name;
        }
        return name.withSwap(longest, 1 + random.nextInt(word.length() - 2));
    }

    /**
     * Whether a label's truth is one that a reading of the label can tell, by {@link CashierLabelGenerator}'s test
     * ({@link StockedReadings}) on this generator's families: for a label of an indexed wine, no indexed family other
     * than the wine's own listings ({@link OneWine#otherListings}) has all its source words; for a label of a held-out
     * wine, no indexed family has them all. A non-wine item is tellable.
     */
    static final class Tellability {

        private final Map<List<LibraryWine>, Integer> indexOf = new IdentityHashMap<>();
        private final Map<List<LibraryWine>, List<List<LibraryWine>>> otherListings;
        private final StockedReadings readings;

        /**
         * @param indexed the families the index holds
         * @param otherListings for a family, the other families that list the same wine
         */
        Tellability(List<List<LibraryWine>> indexed, Map<List<LibraryWine>, List<List<LibraryWine>>> otherListings) {
            this.otherListings = otherListings;
            List<Set<String>> words = new ArrayList<>();
            for (List<LibraryWine> family : indexed) {
                indexOf.put(family, words.size());
                Set<String> familyWords = NameWords.words(family.get(0).name());
                familyWords.addAll(NameWords.words(family.get(0).producer()));
                words.add(familyWords);
            }
            this.readings = new StockedReadings(words, i -> true);
        }

        /** Whether a label expecting {@code expected}, made from a wine of {@code family}, can be told. */
        boolean tellable(Verdict expected, List<LibraryWine> family, List<String> sourceWords) {
            if (expected == Verdict.NO) {
                return !readings.readsAsOther(sourceWords, i -> false);
            }
            Set<Integer> sameWine = new HashSet<>();
            sameWine.add(indexOf.get(family));
            otherListings.getOrDefault(family, List.of()).forEach(f -> sameWine.add(indexOf.get(f)));
            return !readings.readsAsOther(sourceWords, sameWine::contains);
        }
    }

    private static String firstWord(String text) {
        String[] words = text.split("\\s+");
        return words.length == 0 ? text : words[0];
    }

    private static String fold(String text) {
        return DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
