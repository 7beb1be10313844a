package io.cellarsync.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A serving word that is also a word of wines' names ("COPA", a Spanish glass, and *Copa Sabia*; "BOTT.", an Italian
 * bottle, and *Bott Frères*) is read both ways: the label's serving, unless the proposed wine's name or producer has
 * the word.
 */
class ServingOrNameWordsTest {

    private static MatchingEngine engine() {
        List<LibraryWine> library = new ArrayList<>(List.of(
                LibraryWine.of("crianza", "Campo Viejo Crianza").withProducer("Vinarchy").withVintage(2022),
                LibraryWine.of("reserva", "Campo Viejo Reserva").withProducer("Vinarchy").withVintage(2019),
                LibraryWine.of("sabia", "Copa Sabia Reserva Brut Rosé").withProducer("Copa Sabia").withColour("rosé"),
                LibraryWine.of("kirchberg", "Bott Frères Riesling Kirchberg de Ribeauvillé").withProducer("Bott Frères")
                        .withVintage(2020),
                LibraryWine.of("molar", "Casa Castillo El Molar").withProducer("Casa Castillo").withVintage(2022),
                LibraryWine.of("il-piccolo", "Vinding Montecarrubo Il Piccolo").withProducer("Vinding Montecarrubo")
                        .withVintage(2020).withVolumeMl(750),
                LibraryWine.of("henkell", "Henkell Trocken").withProducer("Henkell").withVolumeMl(200),
                LibraryWine.of("henkell-75", "Henkell Trocken").withProducer("Henkell").withVolumeMl(750)));
        for (int i = 0; i < 20; i++) {
            library.add(LibraryWine.of("filler-" + i, "Filler" + i + " Reserva").withProducer("Producer" + i));
        }
        return MatchingEngine.of(library);
    }

    @Test
    void copaBeginningALabel_isAGlassOfTheWine() {
        // Probe J (eleventh session): COPA CAMPO VIEJO CZA was NO, its COPA a word the wine lacks.
        Proposal proposal = engine().match("COPA CAMPO VIEJO CZA");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("crianza");
        assertThat(proposal.serving().kind()).isEqualTo(Serving.Kind.GLASS);
    }

    @Test
    void copaOfAWineNamedCopa_isTheWinesName_andTheLabelABottle() {
        // Cross-source: Copa Sabia Cava Brut Reserva.
        Proposal proposal = engine().match("COPA SABIA RESERVA BRUT ROSE");

        assertThat(proposal.wineId()).contains("sabia");
        assertThat(proposal.serving().kind()).isEqualTo(Serving.Kind.BOTTLE);
    }

    @Test
    void bottAfterAWine_isABottle_andBottOfAProducerNamedBott_isTheProducer() {
        MatchingEngine engine = engine();

        Proposal bottle = engine.match("CAMPO VIEJO RESERVA BOTT. 2019");
        Proposal bott = engine.match("BOTT FRERES RIESLING KIRCHBERG 2020");

        assertThat(bottle.wineId()).contains("reserva");
        assertThat(bottle.serving().volumeMl()).hasValue(750);
        assertThat(bott.verdict()).isEqualTo(Verdict.YES);
        assertThat(bott.wineId()).contains("kirchberg");
        assertThat(bott.serving()).isEqualTo(Serving.UNSPECIFIED_BOTTLE);
    }

    @Test
    void aZagrebTillsCasaIsAGlass_unlessTheWineIsNamedCasa() {
        // Probe AD (seventeenth session): ČAŠA, a Croatian glass, folds to "casa", a word of Casa Castillo's wines.
        MatchingEngine engine = engine();

        Proposal glass = engine.match("ČAŠA CAMPO VIEJO CRIANZA");
        Proposal casa = engine.match("CASA CASTILLO EL MOLAR 2022");

        assertThat(glass.verdict()).isEqualTo(Verdict.YES);
        assertThat(glass.wineId()).contains("crianza");
        assertThat(glass.serving().kind()).isEqualTo(Serving.Kind.GLASS);
        assertThat(casa.wineId()).contains("molar");
        assertThat(casa.serving().kind()).isEqualTo(Serving.Kind.BOTTLE);
        assertThat(engine.match("CAMPO VIEJO RESERVA BOCA 2019").serving().volumeMl()).hasValue(750);
    }

    @Test
    void aPiccoloIsA200mlBottle_unlessTheWineIsNamedPiccolo() {
        // Probes K, L, R: "Henkell trocken Piccolo" was NO, its Piccolo a word the wine lacks; the cashier set's
        // "1/2 BTL IL PICCOLO VINDI" names Vinding Montecarrubo's Il Piccolo. A Mumbai till's BABY, the same (probe AD).
        MatchingEngine engine = engine();

        Proposal piccolo = engine.match("HENKELL TROCKEN PICCOLO");
        Proposal baby = engine.match("BABY HENKELL TROCKEN");
        Proposal named = engine.match("VINDING MONTECARRUBO IL PICCOLO 2020");

        assertThat(piccolo.verdict()).isEqualTo(Verdict.YES);
        assertThat(piccolo.wineId()).contains("henkell");
        assertThat(baby.wineId()).contains("henkell");
        assertThat(named.wineId()).contains("il-piccolo");
        assertThat(named.serving()).isEqualTo(Serving.UNSPECIFIED_BOTTLE);
    }

    @Test
    void theCandidatesOfAWineNamedByTheWord_holdTheRowTheProposalTakes() {
        // The magnum of Copa Sabia is proposed; its 75 cl bottle led the candidates, read with COPA as a glass.
        MatchingEngine engine = MatchingEngine.of(List.of(
                LibraryWine.of("sabia-75", "Copa Sabia Reserva Brut").withProducer("Copa Sabia").withVolumeMl(750),
                LibraryWine.of("sabia-mag", "Copa Sabia Reserva Brut").withProducer("Copa Sabia").withVolumeMl(1500)));

        Proposal proposal = engine.match("COPA SABIA RESERVA BRUT MAG");

        assertThat(proposal.wineId()).contains("sabia-mag");
        assertThat(proposal.candidates().get(0).wineId()).isEqualTo("sabia-mag");
    }

    @Test
    void copaOfAWineNamedCopaListedTwice_isNoGlass_andPicksNoListingWithoutAFormat() {
        // A glass picks the 75 cl listing (thirteenth session), but COPA of Copa Sabia is the wine's name, not a glass:
        // "COPA SABIA RESERVA BRUT" names no format (YES for the 75 cl listing), "… MAG" the magnum (YES for the 75 cl
        // listing, "disagreed: format").
        List<LibraryWine> library = new ArrayList<>(List.of(
                LibraryWine.of("sabia-75", "Copa Sabia Reserva Brut").withProducer("Copa Sabia").withVolumeMl(750),
                LibraryWine.of("sabia-mag", "Reserva Brut Copa Sabia").withProducer("Copa Sabia").withVolumeMl(1500)));
        for (int i = 0; i < 30; i++) {
            library.add(LibraryWine.of("filler-" + i, "Filler" + i + " Reserva").withProducer("Producer" + i));
        }
        MatchingEngine engine = MatchingEngine.of(library);

        Proposal noFormat = engine.match("COPA SABIA RESERVA BRUT");
        Proposal magnum = engine.match("COPA SABIA RESERVA BRUT MAG");

        assertThat(noFormat.verdict()).as(noFormat.explanation().text()).isEqualTo(Verdict.NO);
        assertThat(magnum.wineId()).as(magnum.explanation().text()).contains("sabia-mag");
        assertThat(engine.match("GL SABIA RESERVA BRUT").wineId()).contains("sabia-75");
    }

    @Test
    void aLabelConfirmedForAWineNamedByTheWord_staysABottle() {
        // The serving decides what a sale depletes: confirming the proposal must not turn the bottle into a glass.
        MatchingEngine engine = engine();
        String label = "COPA SABIA RESERVA BRUT ROSE";
        engine.confirm(label, "sabia");

        Proposal confirmed = engine.match(label);

        assertThat(confirmed.wineId()).contains("sabia");
        assertThat(confirmed.serving().kind()).isEqualTo(Serving.Kind.BOTTLE);
    }
}
