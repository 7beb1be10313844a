package io.cellarsync.benchmarks.matching;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A wine's name as a set of words, for telling when the library lists one wine twice ("Gaja Barbaresco" / "Barbaresco
 * Gaja", "Roagna Barbaresco Gallina" / "Barbaresco Gallina Roagna Azienda Agricola I Paglieri"): folded, in any order,
 * the producers' words left out.
 */
final class NameWords {

    private NameWords() {}

    /**
     * Whether two wines have the same name words once the words of both producers are left out. Two names that are
     * only their producers' words are one wine only when their words are the same in full: <i>Fleur de Pedesclaux</i>
     * by its producer and <i>Château Pedesclaux</i> both leave nothing, and are two wines.
     */
    static boolean same(String name, String producer, String otherName, String otherProducer) {
        Set<String> producers = words(producer);
        producers.addAll(words(otherProducer));
        Set<String> a = words(name);
        Set<String> b = words(otherName);
        Set<String> aLeft = new HashSet<>(a);
        Set<String> bLeft = new HashSet<>(b);
        aLeft.removeAll(producers);
        bLeft.removeAll(producers);
        return aLeft.isEmpty() && bLeft.isEmpty() ? a.equals(b) : aLeft.equals(bLeft);
    }

    /**
     * The words of producers' names that say what kind of company it is, not which: two producers sharing only these
     * ("Maison X", "Maison Y") are two producers.
     */
    static final Set<String> COMPANY_WORDS = Set.of("maison", "domaine", "domaines", "chateau", "champagne",
            "bodegas", "bodega", "weingut", "winery", "wines", "wine", "vineyards", "vineyard", "estate", "estates",
            "cantina", "cantine", "tenuta", "tenute", "azienda", "agricola", "vitivinicola", "societa", "soc", "agr",
            "srl", "spa", "sa", "sl", "ab", "ltd", "pty", "llc", "gmbh", "ag", "co", "company", "cellars", "vins",
            "vignobles", "famille", "family", "et", "and", "fils", "freres", "pere", "figli", "di", "de", "du", "la",
            "le", "les", "del", "della", "vinos", "vinhos", "quinta", "herdade", "cave", "caves", "wg",
            "earl", "scea", "sarl", "sas", "gaec", "vinicola", "vini", "vigne", "cellar");

    static Set<String> words(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        Set<String> words = new HashSet<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 1) {
                words.add(word);
            }
        }
        return words;
    }
}
