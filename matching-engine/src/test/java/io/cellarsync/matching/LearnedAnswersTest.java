package io.cellarsync.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What the engine learns from its users, as a host stores it ({@link LearnedAnswers}) and gives it back to an engine
 * of a later version, whose parser may read the same label differently.
 */
class LearnedAnswersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Clock NEXT_YEAR = Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String USER_LINKED = "a user linked this label to this wine before";
    /** How a build before KOKKINO was a red colour code stored {@code GAIA KOKKINO 20}; today it reads gaia, red. */
    private static final String KOKKINO_KEY_OF_AN_OLDER_BUILD = "gaia kokkino|2020|BOTTLE|UNKNOWN";

    private static List<LibraryWine> library() {
        List<LibraryWine> wines = new ArrayList<>(MatchingEngineTest.library());
        wines.add(LibraryWine.of("gaia-agiorgitiko-20", "Gaia Estate Agiorgitiko").withProducer("Gaia Wines")
                .withColour("red").withVintage(2020));
        wines.add(LibraryWine.of("gaia-notios-20", "Notios Red").withProducer("Gaia Wines").withColour("red")
                .withVintage(2020));
        wines.add(LibraryWine.of("gaia-thalassitis-20", "Thalassitis Santorini Assyrtiko").withProducer("Gaia Wines")
                .withColour("white").withVintage(2020));
        return wines;
    }

    private static MatchingEngine engine() {
        return MatchingEngine.builder().clock(CLOCK).build(library());
    }

    private static MatchingEngine engine(LearnedAnswers learned) {
        return MatchingEngine.builder().clock(CLOCK).learned(learned).build(library());
    }

    private static LearnedAnswers confirmed(Map<String, String> confirmed) {
        return new LearnedAnswers(confirmed, Map.of());
    }

    @Test
    void answers_areStoredAsTheLabelsTheUsersAnswered() {
        MatchingEngine engine = engine();

        engine.confirm("GAIA KOKKINO 20", "gaia-notios-20");
        engine.reject("VERRE CH MARGAUX 15", "margaux-15");

        assertThat(engine.learned()).isEqualTo(new LearnedAnswers(Map.of("GAIA KOKKINO 20", "gaia-notios-20"),
                Map.of("VERRE CH MARGAUX 15", Set.of("margaux-15"))));
    }

    @Test
    void aStoredLabel_isReadWithTodaysVocabulary() {
        // The answer a host stored of GAIA KOKKINO 20 is the label itself, whatever a build read it as: a build that
        // did not know KOKKINO stored the same text, and this one reads it as Gaia, red.
        assertThat(engine().match("GAIA KOKKINO 20").wineId()).isNotEqualTo(java.util.Optional.of("gaia-notios-20"));

        MatchingEngine engine = engine(confirmed(Map.of("GAIA KOKKINO 20", "gaia-notios-20")));

        for (String spelling : List.of("GAIA KOKKINO 20", "Gaia Kokkino 2020", "gaia kokkino '20")) {
            Proposal proposal = engine.match(spelling);
            assertThat(proposal.wineId()).as(spelling).contains("gaia-notios-20");
            assertThat(proposal.explanation().note()).as(spelling).isEqualTo(USER_LINKED);
        }
    }

    @Test
    void aStoredLabel_keepsItsAnswer_whenALaterEngineReadsItDifferently() {
        // A change of reading without a change of vocabulary: '28' is no vintage in 2026 (1928, a cuvée's number
        // more likely) and the 2028 vintage from 2027 on. The key stored in 2026 no longer comes out of the label.
        MatchingEngine thisYear = engine();
        thisYear.confirm("PAVILLON MX 28", "margaux-18");
        thisYear.reject("VERRE PAVILLON MX 28", "pavillon-16");

        MatchingEngine nextYear = MatchingEngine.builder().clock(NEXT_YEAR).learned(thisYear.learned())
                .build(library());

        Proposal confirmed = nextYear.match("PAVILLON MX 28");
        assertThat(confirmed.wineId()).contains("margaux-18");
        assertThat(confirmed.explanation().note()).isEqualTo(USER_LINKED);
        assertThat(nextYear.match("VERRE PAVILLON MX 28").candidates()).extracting(Candidate::wineId)
                .doesNotContain("pavillon-16");
        assertThat(nextYear.learned()).isEqualTo(thisYear.learned());
    }

    @Test
    void aLabelAnsweredAgainInANewYear_isFiledUnderItsNewReading_withItsEarlierAnswers() {
        // One engine across New Year: '28 becomes a vintage, and the label's earlier answers move with it.
        SettableClock clock = new SettableClock(Instant.parse("2026-12-31T12:00:00Z"));
        MatchingEngine engine = MatchingEngine.builder().clock(clock).build(library());
        engine.confirm("PAVILLON MX 28", "margaux-18");
        engine.reject("PAVILLON MX 28", "pavillon-16");

        clock.instant = Instant.parse("2027-01-01T12:00:00Z");
        engine.confirm("PAVILLON MX 28", "pavillon-16");

        assertThat(engine.match("PAVILLON MX 28").wineId()).contains("pavillon-16");
        assertThat(engine.learned()).isEqualTo(confirmed(Map.of("PAVILLON MX 28", "pavillon-16")));
        engine.reject("PAVILLON MX 28", "pavillon-16");
        assertThat(engine.match("PAVILLON MX 28").candidates()).extracting(Candidate::wineId)
                .doesNotContain("pavillon-16");
        assertThat(engine.learned()).isEqualTo(new LearnedAnswers(Map.of(),
                Map.of("PAVILLON MX 28", Set.of("pavillon-16"))));
    }

    @Test
    void aKeyStoredByAnEarlierVersion_stillResolvesTheLabelsTodaysParserReadsTheSameWay() {
        MatchingEngine engine = engine(new LearnedAnswers(Map.of("chateau margaux|2015|BOTTLE|UNKNOWN", "margaux-18"),
                Map.of("pavillon mx|2016|GLASS|UNKNOWN", Set.of("pavillon-16"))));

        Proposal proposal = engine.match("Château Margaux 2015");
        assertThat(proposal.wineId()).contains("margaux-18");
        assertThat(proposal.explanation().note()).isEqualTo(USER_LINKED);
        assertThat(engine.match("VERRE PAVILLON MX 16").candidates()).extracting(Candidate::wineId)
                .doesNotContain("pavillon-16");
    }

    @Test
    void aKeyStoredBeforeItsLabelWasReadDifferently_isKeptAsItIs_butResolvesNothing() {
        // The key holds the old reading, not the label: which text gave "gaia kokkino" (GAIA KOKKINO? GAIA KOKK.?)
        // and whether its words would be read differently now cannot be told from it.
        LearnedAnswers stored = confirmed(Map.of(KOKKINO_KEY_OF_AN_OLDER_BUILD, "gaia-notios-20"));
        MatchingEngine engine = engine(stored);

        assertThat(engine.match("GAIA KOKKINO 20").explanation().note()).isNotEqualTo(USER_LINKED);
        assertThat(engine.learned()).isEqualTo(stored);

        engine.confirm("GAIA KOKKINO 20", "gaia-notios-20");

        assertThat(engine.match("GAIA KOKKINO 20").explanation().note()).isEqualTo(USER_LINKED);
        assertThat(engine.learned().confirmed()).containsOnly(
                Map.entry(KOKKINO_KEY_OF_AN_OLDER_BUILD, "gaia-notios-20"),
                Map.entry("GAIA KOKKINO 20", "gaia-notios-20"));
    }

    @Test
    void answeringALabelAgain_replacesTheKeyAnEarlierVersionStoredForIt() {
        MatchingEngine engine = engine(new LearnedAnswers(Map.of("chateau margaux|2015|BOTTLE|UNKNOWN", "margaux-18"),
                Map.of("chateau margaux|2015|BOTTLE|UNKNOWN", Set.of("pavillon-16"))));

        engine.confirm("CH MARGAUX 15", "margaux-15");
        engine.confirm("PAVILLON MX 16", "pavillon-16");
        engine.confirm("CH MARGAUX 2015", "pavillon-16");

        assertThat(engine.learned()).isEqualTo(new LearnedAnswers(
                Map.of("CH MARGAUX 2015", "pavillon-16", "PAVILLON MX 16", "pavillon-16"), Map.of()));
    }

    @Test
    void twoSpellingsOfOneLabel_shareOneConfirmation_theLatest() {
        MatchingEngine engine = engine();

        engine.confirm("CH MARGAUX 15", "margaux-15");
        engine.confirm("Château Margaux 2015", "margaux-18");

        assertThat(engine.match("ch. margaux '15").wineId()).contains("margaux-18");
        assertThat(engine.learned().confirmed()).containsOnly(Map.entry("Château Margaux 2015", "margaux-18"));
    }

    @Test
    void rejectionsOfTwoSpellings_bothHold_andAConfirmationOfEitherLiftsThoseOfItsWine() {
        MatchingEngine engine = engine();
        engine.reject("CH MARGAUX 15", "margaux-15");
        engine.reject("Château Margaux 2015", "pavillon-16");

        assertThat(engine.match("CHATEAU MARGAUX 15").candidates()).extracting(Candidate::wineId)
                .doesNotContain("margaux-15", "margaux-18", "pavillon-16");

        engine.confirm("ch margaux 2015", "margaux-18");

        assertThat(engine.learned()).isEqualTo(new LearnedAnswers(Map.of("ch margaux 2015", "margaux-18"),
                Map.of("Château Margaux 2015", Set.of("pavillon-16"))));
    }

    @Test
    void storedLabelsThatTodaysParserReadsAsOne_keepTheRejectionsOfAll_andTheConfirmationOfTheSmallestId() {
        // A host's store written before a vocabulary change made two labels one (KOKKINO read as red, like ROUGE).
        Map<String, String> confirmed = new LinkedHashMap<>();
        confirmed.put("GAIA KOKKINO 20", "gaia-notios-20");
        confirmed.put("Gaia Kokkino 2020", "gaia-agiorgitiko-20");
        Map<String, String> reversed = new TreeMap<String, String>(java.util.Comparator.reverseOrder());
        reversed.putAll(confirmed);
        Map<String, Set<String>> rejected = Map.of("GAIA KOKKINO 20 VERRE", Set.of("gaia-thalassitis-20"),
                "Gaia Kokkino 2020 verre", Set.of("gaia-notios-20"));

        for (Map<String, String> inOrder : List.of(confirmed, reversed)) {
            MatchingEngine engine = engine(new LearnedAnswers(inOrder, rejected));

            assertThat(engine.match("GAIA KOKKINO 20").wineId()).contains("gaia-agiorgitiko-20");
            assertThat(engine.learned().confirmed())
                    .containsOnly(Map.entry("Gaia Kokkino 2020", "gaia-agiorgitiko-20"));
            assertThat(engine.learned().rejected()).isEqualTo(rejected);
            assertThat(engine.match("VERRE GAIA KOKKINO 20").candidates()).extracting(Candidate::wineId)
                    .doesNotContain("gaia-thalassitis-20", "gaia-notios-20");
        }
    }

    @Test
    void learnedAnswers_roundTripExactly_labelsAndKeysAlike() {
        MatchingEngine first = engine(new LearnedAnswers(Map.of(KOKKINO_KEY_OF_AN_OLDER_BUILD, "gaia-notios-20",
                "chateau margaux|2018|BOTTLE 750|RED", "margaux-18"),
                Map.of("sancerre baronnes|2023|GLASS|WHITE", Set.of("sancerre-rouge-22"))));
        first.confirm("PAVILLON MX 16", "pavillon-16");
        first.confirm("GAIA KOKKINO 20", "gaia-notios-20");
        first.reject("CH MARGAUX 15", "margaux-15");
        first.reject("CH MARGAUX 15", "pavillon-16");
        first.reject("VERRE COTES DU RHONE", "cdr-blanc-23");

        LearnedAnswers stored = first.learned();
        MatchingEngine second = engine(stored);
        MatchingEngine third = engine();
        third.learn(stored);

        assertThat(second.learned()).isEqualTo(stored);
        assertThat(third.learned()).isEqualTo(stored);
        assertThat(stored.confirmed()).containsKeys("PAVILLON MX 16", "GAIA KOKKINO 20", KOKKINO_KEY_OF_AN_OLDER_BUILD);
        assertThat(stored.rejected()).containsEntry("CH MARGAUX 15", Set.of("margaux-15", "pavillon-16"));
    }

    @Test
    void aLabelTheParserReadsOnlyPartOf_orThatReadsAsAKey_isStoredAsItsKey() {
        // A label is kept whole only when a new engine can read all of it again, and not taken for a key.
        MatchingEngine engine = engine();
        String long_ = "PAVILLON MX 16 " + "X".repeat(Tokenizer.MAX_CHARS);
        engine.confirm(long_, "pavillon-16");
        engine.confirm("chateau margaux|2015|BOTTLE|UNKNOWN", "margaux-15");

        Map<String, String> confirmed = engine.learned().confirmed();
        assertThat(confirmed.keySet()).allMatch(key -> key.contains("|")).allMatch(key -> key.length() < 500);
        MatchingEngine again = engine(engine.learned());
        assertThat(again.match(long_).explanation().note()).isEqualTo(USER_LINKED);
        assertThat(again.match("chateau margaux|2015|BOTTLE|UNKNOWN").wineId()).contains("margaux-15");
        assertThat(again.learned()).isEqualTo(engine.learned());
    }

    @Test
    void keysInTheFormOfEarlierVersions_areRewrittenToTodaysForm_andLabelsAreKeptAsGiven() {
        LearnedAnswers old = new LearnedAnswers(
                Map.of("pavillon mx|2016|BOTTLEOptionalInt[750]|UNKNOWN", "pavillon-16",
                        "Pavillon MX 16 BOTTLEOptionalInt[750]", "pavillon-16"),
                Map.of("chateau margaux|2015|GLASSOptionalInt.empty|UNKNOWN", Set.of("margaux-15"),
                        "chateau margaux|2015|GLASS|UNKNOWN", Set.of("margaux-18")));

        assertThat(old.confirmed()).containsOnly(Map.entry("pavillon mx|2016|BOTTLE 750|UNKNOWN", "pavillon-16"),
                Map.entry("Pavillon MX 16 BOTTLEOptionalInt[750]", "pavillon-16"));
        assertThat(old.rejected()).containsOnly(
                Map.entry("chateau margaux|2015|GLASS|UNKNOWN", Set.of("margaux-15", "margaux-18")));
    }

    @Test
    void learnedAnswers_copyWhatTheyAreGiven_andCannotBeChanged() {
        Map<String, String> confirmed = new HashMap<>(Map.of("CH MARGAUX 15", "margaux-15"));
        Map<String, Set<String>> rejected = new HashMap<>();
        rejected.put("VERRE CDR", new java.util.HashSet<>(Set.of("cdr-22")));
        LearnedAnswers answers = new LearnedAnswers(confirmed, rejected);
        confirmed.clear();
        rejected.get("VERRE CDR").add("cdr-blanc-23");

        assertThat(answers.confirmed()).containsOnly(Map.entry("CH MARGAUX 15", "margaux-15"));
        assertThat(answers.rejected()).containsOnly(Map.entry("VERRE CDR", Set.of("cdr-22")));
        assertThatThrownBy(() -> answers.confirmed().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.rejected().get("VERRE CDR").add("y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void learnedAnswersWithoutALabelOrAWine_areRefused_namingTheEntry() {
        Map<String, String> noWine = new HashMap<>();
        noWine.put("CH MARGAUX 15", null);
        Map<String, Set<String>> noIds = new HashMap<>();
        noIds.put("VERRE CDR", null);
        Map<String, Set<String>> aNullId = new HashMap<>();
        aNullId.put("VERRE CDR", new java.util.HashSet<>(java.util.Arrays.asList("cdr-22", null)));
        Map<String, String> noLabel = new HashMap<>();
        noLabel.put(null, "margaux-15");

        assertThatThrownBy(() -> new LearnedAnswers(noWine, Map.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("'CH MARGAUX 15'").hasMessageContaining("wine id");
        assertThatThrownBy(() -> new LearnedAnswers(Map.of(), noIds)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("'VERRE CDR'").hasMessageContaining("wine ids");
        assertThatThrownBy(() -> new LearnedAnswers(Map.of(), aNullId)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("'VERRE CDR'").hasMessageContaining("null");
        assertThatThrownBy(() -> new LearnedAnswers(noLabel, Map.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("'margaux-15'").hasMessageContaining("label");
    }

    @Test
    void answersGivenFromSeveralThreads_areAllLearned() throws Exception {
        MatchingEngine engine = engine();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    engine.confirm("PAVILLON MX T" + thread + "C" + i, "pavillon-16");
                    engine.match("PAVILLON MX T" + thread + "C" + i);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(engine.learned().confirmed()).hasSize(200);
        assertThat(engine.match("pavillon mx t3c49").explanation().note()).isEqualTo(USER_LINKED);
    }

    /** A clock a test moves. */
    private static final class SettableClock extends Clock {
        volatile Instant instant;

        SettableClock(Instant instant) {
            this.instant = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
