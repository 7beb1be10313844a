package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.LibraryWine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Systembolaget library of the evaluation ({@code id,name,producer,country,grapes,vintage,volume_ml,style,…}) as
 * {@link LibraryWine}s. The taste style gives a colour where it is unambiguous; the grapes column gives the grapes.
 */
final class EvaluationLibrary {

    private static final Pattern PACK = Pattern.compile("\\d+\\D+?(\\d+)");

    private EvaluationLibrary() {}

    static List<LibraryWine> read(Path file) {
        List<LibraryWine> wines = new ArrayList<>();
        for (Map<String, String> row : CsvFile.read(file)) {
            LibraryWine wine = LibraryWine.of(row.get("id"), row.get("name"))
                    .withProducer(row.getOrDefault("producer", ""))
                    .withCountry(row.getOrDefault("country", ""))
                    .withColour(colour(row.getOrDefault("style", "")))
                    .withGrapes(grapes(row.getOrDefault("grapes", "")));
            String vintage = row.getOrDefault("vintage", "");
            if (vintage.matches("\\d{4}")) {
                wine = wine.withVintage(Integer.parseInt(vintage));
            }
            int volume = volume(row.getOrDefault("volume_ml", ""));
            if (volume > 0) {
                wine = wine.withVolumeMl(volume);
            }
            wines.add(wine);
        }
        return wines;
    }

    /** Systembolaget's taste styles that name one colour only; the others say nothing. */
    static String colour(String style) {
        return switch (style) {
            case "Torrt vitt", "Halvtorrt vitt" -> "white";
            case "Rosé" -> "rosé";
            case "Rött", "Kryddigt & Mustigt", "Mjukt & Bärigt", "Stramt & Nyanserat" -> "red";
            default -> "";
        };
    }

    /** The grapes column's varieties, split on commas ("Cabernet sauvignon, Merlot"). */
    static List<String> grapes(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(grape -> !grape.isEmpty()).toList();
    }

    private static int volume(String text) {
        if (text.matches("\\d+")) {
            return Integer.parseInt(text);
        }
        Matcher pack = PACK.matcher(text);
        return pack.matches() ? Integer.parseInt(pack.group(1)) : 0;
    }
}
