package io.cellarsync.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What the matcher reads from a library wine's grapes ({@link LibraryWine#grapes}): a colour where the library gives
 * none, and a grape the label names that the wine is not made of. Each case comes from the evaluation sets or a
 * hand-written probe (docs/matching.md), rebuilt on a small library.
 */
class GrapesColumnTest {

    private static MatchingEngine engine(LibraryWine... wines) {
        return MatchingEngine.of(List.of(wines));
    }

    @Test
    void aWineOfWhiteGrapes_isWhite_andAWineOfBlackGrapes_red_whenTheLibraryGivesNoColour() {
        // Probe J (eleventh session): TONDONIA BCO RVA, the white Viña Tondonia Reserva the cellar does not stock, was
        // yes for the red Reserva, whose colour only its grapes tell.
        MatchingEngine engine = engine(
                LibraryWine.of("red", "Viña Tondonia Reserva").withProducer("R. López de Heredia")
                        .withGrapes(List.of("Tempranillo", "Garnacha", "Graciano", "Mazuelo")).withVintage(2012),
                LibraryWine.of("bosconia", "Viña Bosconia Reserva").withProducer("R. López de Heredia")
                        .withGrapes(List.of("Tempranillo", "Garnacha")).withVintage(2013));

        Proposal white = engine.match("TONDONIA BCO RVA");
        Proposal red = engine.match("TONDONIA TTO RVA");

        assertThat(white.verdict()).isEqualTo(Verdict.NO);
        assertThat(red.verdict()).isEqualTo(Verdict.YES);
        assertThat(red.wineId()).contains("red");
        assertThat(red.explanation().agreed()).contains(Evidence.COLOUR);
    }

    @Test
    void theGrapesColumnsCommonNames_areRead_twoWordNamesAndNamesWithAnArticleOrAHyphen() {
        // Cabernet Sauvignon, Sauvignon Blanc and Cabernet Franc are 1,088 of the Systembolaget library's grapes; Nero
        // d'Avola, Xarel-lo and Tinta de Toro are read without their article and hyphen, as labels and names are.
        String[][] grapeAndColours = {{"Cabernet Sauvignon", "TINTO", "BLANCO"}, {"Cabernet franc", "TINTO", "BLANCO"},
            {"Sauvignon blanc", "BLANCO", "TINTO"}, {"Nero d'Avola", "TINTO", "BLANCO"}, {"Xarel-lo", "BLANCO", "TINTO"},
            {"Tinta de Toro", "TINTO", "BLANCO"}};
        for (String[] grapeAndColour : grapeAndColours) {
            MatchingEngine engine = engine(LibraryWine.of("w", "Bodega Lunaria").withProducer("Lunaria")
                    .withGrapes(List.of(grapeAndColour[0])));

            Proposal itsColour = engine.match("BODEGA LUNARIA " + grapeAndColour[1]);
            Proposal otherColour = engine.match("BODEGA LUNARIA " + grapeAndColour[2]);

            assertThat(itsColour.explanation().agreed()).as(grapeAndColour[0]).contains(Evidence.COLOUR);
            assertThat(otherColour.verdict()).as(grapeAndColour[0]).isEqualTo(Verdict.NO);
        }
    }

    @Test
    void aLabelsSauvignonBlanc_agreesWithTheGrapes_andItsChardonnayConflicts() {
        LibraryWine wine = LibraryWine.of("w", "Cloudy Heights Estate").withProducer("Cloudy Heights")
                .withGrapes(List.of("Sauvignon blanc"));
        MatchingEngine known = amongVarietals(wine);
        MatchingEngine unknown = amongVarietals(wine.withGrapes(List.of()));

        assertThat(known.match("CLOUDY HEIGHTS ESTATE SAUVIGNON BLANC").explanation().agreed())
                .contains(Evidence.GRAPE);
        assertThat(known.match("CLOUDY HEIGHTS ESTATE CHARDONNAY").score())
                .isLessThan(unknown.match("CLOUDY HEIGHTS ESTATE CHARDONNAY").score());
    }

    @Test
    void aWinesGrapes_areThoseOfTheFirstListingThatHasAny_givenTogetherOrAddedLater() {
        // A library may write the grapes on its newer vintages only.
        LibraryWine old = LibraryWine.of("2012", "Viña Tondonia Reserva").withProducer("R. López de Heredia")
                .withVintage(2012);
        LibraryWine newer = LibraryWine.of("2013", "Viña Tondonia Reserva").withProducer("R. López de Heredia")
                .withVintage(2013).withGrapes(List.of("Tempranillo", "Garnacha"));
        MatchingEngine together = engine(old, newer);
        MatchingEngine addedLater = engine(old);
        addedLater.add(List.of(newer));

        for (MatchingEngine engine : List.of(together, addedLater)) {
            Proposal red = engine.match("TONDONIA TTO RVA 2013");

            assertThat(red.explanation().agreed()).contains(Evidence.COLOUR);
            assertThat(engine.match("TONDONIA BCO RVA 2013").verdict()).isEqualTo(Verdict.NO);
        }
    }

    @Test
    void grapesThatAreNotAllKnown_tellNoColour() {
        // Rondinella is not a variety the matcher knows: the wine may be of any colour its other grapes do not tell.
        MatchingEngine engine = engine(LibraryWine.of("w", "Ca' Rugate Bucciato").withProducer("Ca' Rugate")
                .withGrapes(List.of("Corvina", "Rondinella")));

        Proposal proposal = engine.match("CA RUGATE BUCCIATO BLC");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.explanation().disagreed()).doesNotContain(Evidence.COLOUR);
    }

    @Test
    void blackGrapes_makeNoRedWine_ofASparklingName_norOfAProducerNamedByAColour() {
        // André Clouet Silver Brut Nature is a Pinot Noir Champagne, white; Rambla Penedès is Born Rosé Barcelona's
        // rosé of Garnacha and Tempranillo.
        MatchingEngine engine = engine(
                LibraryWine.of("clouet", "André Clouet Silver Brut Nature").withProducer("André Clouet")
                        .withGrapes(List.of("Pinot noir")),
                LibraryWine.of("rambla", "Rambla Penedès").withProducer("Born Rosé Barcelona")
                        .withGrapes(List.of("Garnacha", "Tempranillo")).withVintage(2024));

        Proposal clouet = engine.match("ANDRE CLOUET SILVER BRUT NATURE BLC");
        Proposal rambla = engine.match("BORN RAMBLA PENEDES RSE 24");

        assertThat(clouet.verdict()).isEqualTo(Verdict.YES);
        assertThat(clouet.explanation().disagreed()).doesNotContain(Evidence.COLOUR);
        assertThat(rambla.verdict()).isEqualTo(Verdict.YES);
        assertThat(rambla.explanation().disagreed()).doesNotContain(Evidence.COLOUR);
    }

    @Test
    void aSingleLettersColour_isNotReadAgainstTheGrapesColour() {
        // On the POS-style sets, "… R 2021" and "VOLUPTA B 11" end with a cut word as often as with a colour.
        MatchingEngine engine = engine(LibraryWine.of("volupta", "Barbera d'Alba Voluptà").withProducer("Pelissero")
                .withGrapes(List.of("Barbera")).withVintage(2021));

        Proposal proposal = engine.match("BARBERA D'ALBA VOLUPTA B 21");

        assertThat(proposal.explanation().disagreed()).doesNotContain(Evidence.COLOUR);
        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void theLibrarysColour_standsBeforeTheGrapes() {
        // A rosé of Pinot Noir is a rosé.
        MatchingEngine engine = engine(LibraryWine.of("rose", "Wine Mechanics Single Moms").withProducer("Wine Mechanics")
                .withColour("rosé").withGrapes(List.of("Pinot noir")));

        Proposal proposal = engine.match("WINE MECHANICS SINGLE MOMS RSE");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.explanation().agreed()).contains(Evidence.COLOUR);
    }

    /** The wines among others named by the varieties, so that a variety weighs as little as in a cellar. */
    private static MatchingEngine amongVarietals(LibraryWine... wines) {
        List<LibraryWine> library = new ArrayList<>(List.of(wines));
        String[] varieties = {"Tempranillo", "Verdejo", "Pinot Noir", "Merlot"};
        for (int i = 0; i < 40; i++) {
            library.add(LibraryWine.of("filler-" + i, "Filler" + i + " " + varieties[i % varieties.length])
                    .withProducer("Producer" + i));
        }
        return MatchingEngine.of(library);
    }

    @Test
    void aLabelNamingAGrapeTheWineIsNotMadeOf_namesAnotherWine() {
        // The house's Organic is a Verdejo: "MARQUES DE RISCAL ORGANIC TEMPRANILLO" names another of its wines.
        LibraryWine organic = LibraryWine.of("organic", "Marqués de Riscal Organic").withProducer("Marqués de Riscal")
                .withVintage(2025);
        MatchingEngine known = amongVarietals(organic.withGrapes(List.of("Verdejo")));
        MatchingEngine unknown = amongVarietals(organic);

        Proposal tempranillo = known.match("MARQUES DE RISCAL ORGANIC TEMPRANILLO");
        Proposal verdejo = known.match("MARQUES DE RISCAL ORGANIC VERDEJO");

        assertThat(tempranillo.verdict()).isEqualTo(Verdict.NO);
        assertThat(tempranillo.score()).isLessThan(unknown.match("MARQUES DE RISCAL ORGANIC TEMPRANILLO").score());
        assertThat(verdejo.wineId()).contains("organic");
        assertThat(verdejo.explanation().agreed()).contains(Evidence.GRAPE);
        assertThat(verdejo.explanation().disagreed()).doesNotContain(Evidence.GRAPE);
    }

    @Test
    void aGrapeIsReadUnderItsOtherNames_andAGrapeNotKnownLeavesTheWineOpenToAnyVariety() {
        MatchingEngine engine = amongVarietals(
                LibraryWine.of("nero", "Cantina Terlano Monticol").withProducer("Cantina Terlano")
                        .withGrapes(List.of("Pinot nero")),
                LibraryWine.of("roriz", "Quinta do Crasto Reserva").withProducer("Quinta do Crasto")
                        .withGrapes(List.of("Tinta Roriz", "Touriga nacional")),
                LibraryWine.of("open", "Tenuta Sant'Antonio Monti Garbi").withProducer("Tenuta Sant'Antonio")
                        .withGrapes(List.of("Corvina", "Rondinella")));

        assertThat(engine.match("CANTINA TERLANO MONTICOL PINOT NOIR").explanation().agreed())
                .contains(Evidence.GRAPE);
        assertThat(engine.match("QUINTA DO CRASTO RESERVA TEMPRANILLO").explanation().agreed())
                .contains(Evidence.GRAPE);
        // Rondinella is not a variety the matcher knows: a Merlot may be among the wine's grapes.
        Proposal merlot = engine.match("TENUTA SANT'ANTONIO MONTI GARBI MERLOT");
        assertThat(merlot.wineId()).contains("open");
        assertThat(merlot.explanation().disagreed()).doesNotContain(Evidence.GRAPE);
    }

    @Test
    void twoWordGrapesAndGrapesWrittenWithAnArticle_areRead() {
        // Review (eleventh session): "Sauvignon blanc", "Cabernet sauvignon", "Cabernet franc" and "Nero d'Avola", four
        // of the library's commonest grapes, were read as no variety, so that a Menetou-Salon of Sauvignon Blanc had
        // no colour and MENETOU MOROGUES PELLE BLC 24 did not rule out the house's rosé.
        MatchingEngine engine = amongVarietals(
                LibraryWine.of("white", "Domaine Pellé Menetou-Salon Morogues").withProducer("Domaine Pellé")
                        .withGrapes(List.of("Sauvignon blanc")).withVintage(2024),
                LibraryWine.of("bordeaux", "Château Grand Village").withProducer("Château Grand Village")
                        .withGrapes(List.of("Merlot", "Cabernet franc", "Cabernet sauvignon")).withVintage(2019),
                LibraryWine.of("sicily", "Feudo Montoni Lagnusa").withProducer("Feudo Montoni")
                        .withGrapes(List.of("Nero d'Avola")).withVintage(2021));

        assertThat(engine.match("MENETOU MOROGUES PELLE BLC 24").explanation().agreed()).contains(Evidence.COLOUR);
        assertThat(engine.match("MENETOU MOROGUES PELLE RGE 24").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("CH GRAND VILLAGE CABERNET SAUVIGNON RGE 2019").explanation().agreed())
                .contains(Evidence.GRAPE, Evidence.COLOUR);
        assertThat(engine.match("FEUDO MONTONI LAGNUSA ROSSO 21").explanation().agreed())
                .contains(Evidence.COLOUR);
    }

    @Test
    void aWineWithoutGrapes_isTheWineOfTheFirstRelease() {
        LibraryWine wine = new LibraryWine("w1", "Château Margaux", "Château Margaux", "Margaux", "", "France", "red",
                OptionalInt.of(2015), OptionalInt.of(750));

        assertThat(wine.grapes()).isEmpty();
        assertThat(LibraryWine.of("w1", "Château Margaux").grapes()).isEmpty();
        assertThat(wine.withGrapes(List.of("Cabernet sauvignon", "Merlot")).withVintage(2016).grapes())
                .containsExactly("Cabernet sauvignon", "Merlot");
    }

    @Test
    void aWinesGrapes_areCopied_andANullGrapeIsRefused() {
        List<String> grapes = new ArrayList<>(List.of("Syrah"));
        LibraryWine wine = LibraryWine.of("w1", "Hermitage").withGrapes(grapes);
        grapes.add("Viognier");

        assertThat(wine.grapes()).containsExactly("Syrah");
        assertThatThrownBy(() -> wine.grapes().add("Marsanne")).isInstanceOf(UnsupportedOperationException.class);
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> wine.withGrapes(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("w1").hasMessageContaining("null among its grapes");
        assertThat(engine(wine).match("HERMITAGE").wineId()).isEqualTo(Optional.of("w1"));
    }
}
