package io.cellarsync.benchmarks.matching;

import io.cellarsync.matching.LibraryWine;
import io.cellarsync.matching.MatchingEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Heap retained by the matcher's index, per library wine, measured with the garbage collector (JOL is not
 * available): used heap after full GCs with the library's {@link LibraryWine}s alive, then again with an engine
 * built over them also alive. The wines' own strings (ids, names, producers) are alive in both measurements, so the
 * difference is what the index adds: vocabulary, postings, families, the id map.
 *
 * <p>Run from the project root: {@code java -cp benchmarks/target/benchmarks.jar
 * io.cellarsync.benchmarks.matching.IndexFootprint [library.csv]}.
 */
public final class IndexFootprint {

    private IndexFootprint() {}

    /**
     * Measures.
     *
     * @param args optionally the library CSV path
     * @throws InterruptedException when interrupted between GCs
     */
    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/library/systembolaget-wines.csv");
        List<LibraryWine> wines = EvaluationLibrary.read(file);
        MatchingEngine.of(wines.subList(0, 100)).match("warm up");
        long without = usedAfterGc();
        long start = System.nanoTime();
        MatchingEngine engine = MatchingEngine.of(wines);
        long buildNanos = System.nanoTime() - start;
        long with = usedAfterGc();
        System.out.printf(Locale.ROOT, "wines: %d, index build (cold JVM): %.0f ms, retained by the index: %,d bytes,"
                + " %.0f bytes per wine%n", wines.size(), buildNanos / 1e6, with - without,
                (double) (with - without) / wines.size());
        System.out.println(engine.size() + " wines indexed");
        // The vocabulary's own strings, estimated (the words of names and producers, folded, each a String of
        // 24 bytes plus a byte[] of 16 + its length, rounded to 8): the part of the figure that is strings.
        java.util.Set<String> words = new java.util.HashSet<>();
        for (LibraryWine wine : wines) {
            for (String word : (wine.name() + " " + wine.producer()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                words.add(word);
            }
        }
        long stringBytes = words.stream().mapToLong(w -> 24 + ((16 + w.length() + 7) / 8) * 8).sum();
        System.out.printf(Locale.ROOT, "vocabulary strings (estimated): %,d words, %,d bytes, %.0f bytes per wine;"
                + " index without them: %.0f bytes per wine%n", words.size(), stringBytes,
                (double) stringBytes / wines.size(), (double) (with - without - stringBytes) / wines.size());
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
