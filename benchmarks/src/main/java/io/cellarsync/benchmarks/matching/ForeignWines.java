package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.LibraryWine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wines of another catalogue (X-Wines, {@code ../shared/data/library/xwines-slim-1k.csv}) that the library does not
 * stock: those whose winery has no distinctive word ({@link NameWords#COMPANY_WORDS} aside) that any library wine's
 * name or producer has. They stand for what a cellar's till sells that its library does not hold, from outside the
 * library rather than held out of it: "Cabernet Sauvignon" of Castellamare, "Reserva Tannat" of Aurora.
 */
final class ForeignWines {

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    private ForeignWines() {}

    /**
     * The X-Wines wines whose winery the library does not know, each with one of its known vintages (or none) drawn
     * with the seed, and its colour when its type names one.
     */
    static List<LibraryWine> read(Path file, List<LibraryWine> library, long seed) {
        Set<String> known = new HashSet<>();
        for (LibraryWine wine : library) {
            known.addAll(NameWords.words(wine.name()));
            known.addAll(NameWords.words(wine.producer()));
        }
        Random random = new Random(seed);
        List<LibraryWine> foreign = new ArrayList<>();
        for (Map<String, String> row : CsvFile.read(file)) {
            Set<String> winery = NameWords.words(row.get("WineryName"));
            winery.removeAll(NameWords.COMPANY_WORDS);
            if (winery.isEmpty() || winery.stream().anyMatch(known::contains)) {
                continue;
            }
            LibraryWine wine = LibraryWine.of("xwines-" + row.get("WineID"), row.get("WineName"))
                    .withProducer(row.get("WineryName")).withColour(colour(row.get("Type")));
            List<Integer> vintages = new ArrayList<>();
            Matcher year = YEAR.matcher(row.getOrDefault("Vintages", ""));
            while (year.find()) {
                vintages.add(Integer.parseInt(year.group()));
            }
            if (!vintages.isEmpty() && random.nextDouble() < 0.7) {
                wine = wine.withVintage(vintages.get(random.nextInt(Math.min(vintages.size(), 10))));
            }
            foreign.add(wine);
        }
        return foreign;
    }

    private static String colour(String type) {
        return switch (type) {
            case "Red" -> "red";
            case "White" -> "white";
            case "Rosé" -> "rosé";
            default -> "";
        };
    }
}
