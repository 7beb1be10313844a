package io.cellarsync.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A single letter a till writes before a word of the label ("M.RISCAL", "PINOT N ROUGE") is the initial of a word it
 * left out: it names a little of a word of the wine it starts, as a letter ending the label does of a cut word.
 */
class InnerLettersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static MatchingEngine engine(LibraryWine... wines) {
        return MatchingEngine.builder().clock(CLOCK).build(List.of(wines));
    }

    @Test
    void theParser_keepsTheLettersWrittenBeforeAWord_once() {
        LabelParser parser = new LabelParser(CLOCK);

        assertThat(parser.parse("M.RISCAL RVA 21").innerLetters()).isEqualTo("m");
        assertThat(parser.parse("C. ROTIE LANDONNE GUIGAL").innerLetters()).isEqualTo("c");
        assertThat(parser.parse("P. GRIGIO C. ROTIE P. GRIGIO").innerLetters()).isEqualTo("pc");
        // A letter ending the label is the trailing letter, not an initial.
        assertThat(parser.parse("GALIL CABERNET F").innerLetters()).isEmpty();
    }

    @Test
    void anInitialBeforeAWord_namesTheWordItStarts_soThatTheLabelNamesTheWholeWine() {
        // Probe J (eleventh session): M.RISCAL RVA 21 was NO, "part of the names of several library wines", the
        // house's Reserva XR and Gran Reserva having every word the label names.
        MatchingEngine engine = engine(
                LibraryWine.of("reserva", "Marqués de Riscal Reserva").withProducer("Marqués de Riscal")
                        .withColour("red").withVintage(2021),
                LibraryWine.of("xr", "Marques de Riscal Reserva XR").withProducer("Marques de Riscal")
                        .withVintage(2020),
                LibraryWine.of("gran", "Marques de Riscal Gran Reserva 150 Anniversario")
                        .withProducer("Marqués de Riscal").withVintage(2016));

        Proposal proposal = engine.match("M.RISCAL RVA 21");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("reserva");
    }

    @Test
    void aColourLetterBeforeAWord_mayBeTheInitialOfAWordOfTheWine_andThenContradictsNoColour() {
        // Probe N (twelfth session): R.PICHLER GV SMARAGD 23 was NO, its R read as red against Rudi Pichler's white.
        MatchingEngine engine = engine(
                LibraryWine.of("smaragd", "Rudi Pichler Grüner Veltliner Terrassen Smaragd")
                        .withProducer("Weingut Rudi Pichler").withColour("white").withVintage(2023),
                LibraryWine.of("red", "Pichler Zweigelt").withProducer("Weingut Pichler").withColour("red")
                        .withVintage(2023));

        Proposal initial = engine.match("R.PICHLER GV SMARAGD 23");

        assertThat(new LabelParser(CLOCK).parse("R.PICHLER GV SMARAGD 23").innerLetters()).isEqualTo("r");
        assertThat(initial.verdict()).isEqualTo(Verdict.YES);
        assertThat(initial.wineId()).contains("smaragd");
        assertThat(initial.explanation().disagreed()).doesNotContain(Evidence.COLOUR);
    }

    @Test
    void aColourLetterBeforeAWord_isNoInitialOfTheWinesPlace() {
        // Review (twelfth session): the letter may be the initial of a word of the wine's name or producer, not of its
        // appellation or region, which a till does not write: B.SMITH HAUT LAFITTE is the white, not the red of
        // Bordeaux.
        MatchingEngine engine = engine(
                LibraryWine.of("red", "Château Smith Haut Lafitte").withProducer("Château Smith Haut Lafitte")
                        .withAppellation("Pessac-Léognan").withRegion("Bordeaux").withColour("red").withVintage(2019),
                LibraryWine.of("white", "Château Smith Haut Lafitte Blanc").withProducer("Château Smith Haut Lafitte")
                        .withAppellation("Pessac-Léognan").withRegion("Bordeaux").withColour("white")
                        .withVintage(2019));

        Proposal white = engine.match("B.SMITH HAUT LAFITTE 2019");

        assertThat(white.verdict()).isEqualTo(Verdict.YES);
        assertThat(white.wineId()).contains("white");
    }

    @Test
    void anArticlesLetter_orAPossessivesWithoutItsApostrophe_isNoInitial() {
        // The cashier labels (d): GVANTSA S WINE TSITSKA PET NAT '22 BAIA, a wine the cellar does not stock, was yes for
        // the house's Otskhanuri Sapere Rosé Pet Nat once its S named "Sapere".
        MatchingEngine engine = engine(
                LibraryWine.of("sapere", "Gvantsa Wine Otskhanuri Sapere Rosé Pet Nat").withProducer("Baia's Wine")
                        .withVintage(2022),
                LibraryWine.of("other", "Gvantsa Wine Mtsvane").withProducer("Baia's Wine").withVintage(2022));

        assertThat(engine.match("GVANTSA S WINE TSITSKA PET NAT '22 BAIA").verdict()).isEqualTo(Verdict.NO);
    }
}
