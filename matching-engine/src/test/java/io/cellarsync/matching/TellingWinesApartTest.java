package io.cellarsync.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How the matcher tells close library wines apart, and when it refuses to: each case comes from a miss read in the
 * evaluation sets (docs/matching.md), rebuilt on a small library.
 */
class TellingWinesApartTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static MatchingEngine engine(LibraryWine... wines) {
        return MatchingEngine.builder().clock(CLOCK).build(List.of(wines));
    }

    /** The wines, among others whose names share a common word, so that the word weighs as little as in a cellar. */
    private static MatchingEngine amongOthersWith(String commonWord, LibraryWine... wines) {
        List<LibraryWine> library = new ArrayList<>(List.of(wines));
        for (int i = 0; i < 30; i++) {
            library.add(LibraryWine.of("filler-" + i, "Filler" + i + " " + commonWord).withProducer("Producer" + i));
        }
        return MatchingEngine.builder().clock(CLOCK).build(library);
    }

    private static String first(Proposal proposal) {
        return proposal.candidates().get(0).wineId();
    }

    @Test
    void aColourWordThatIsPartOfTheProducersName_doesNotContradictTheWinesColour() {
        MatchingEngine engine = engine(
                LibraryWine.of("nit", "Raventós i Blanc De Nit").withProducer("Raventós i Blanc").withColour("rosé"),
                LibraryWine.of("bdb", "Raventós i Blanc Blanc de Blancs").withProducer("Raventós i Blanc")
                        .withColour("white"),
                LibraryWine.of("other", "Textures de Pedra").withProducer("Raventós i Blanc").withColour("red"));

        Proposal proposal = engine.match("Raventós i Blanc De Nit");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("nit");
    }

    @Test
    void aRoseNamedRozaInHungarian_isNoRedForItsBlackGrapes() {
        // Probe AA (sixteenth session): once ROZÉ read as a colour, "Nagyváradi Róza rozé 22" was NO for Róza Peter
        // Nagyvaradi, a Blaufränkisch the grapes alone made red.
        MatchingEngine engine = amongOthersWith("Kekfrankos",
                LibraryWine.of("roza", "Róza Peter Nagyvaradi").withProducer("Peter Nagyvaradi").withVintage(2022)
                        .withGrapes(List.of("Blaufränkisch")));

        Proposal proposal = engine.match("Nagyváradi Róza rozé 22");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("roza");
    }

    @Test
    void aColourWordThatIsAnotherWinesName_doesNotRuleThatWineOut() {
        // On the Systembolaget library, once its taste styles gave Fontanafredda Barolo La Rosa its red, BAROLO LA ROSA
        // was YES for a Spanish rosé called La Rosa: the label's ROSA agreed with the rosé's colour and the Barolo,
        // which lacks the rosé colour, was ruled out as a rival (a reviewer's finding).
        List<LibraryWine> library = new ArrayList<>(List.of(LibraryWine.of("la-rosa", "La Rosa").withVintage(2019),
                LibraryWine.of("barolo", "Fontanafredda Barolo La Rosa").withProducer("Fontanafredda")
                        .withColour("red").withVintage(2013)));
        for (int i = 0; i < 2; i++) {
            library.add(LibraryWine.of("barolo-" + i, "Barolo Cru" + i).withProducer("Producer" + i).withColour("red"));
        }
        MatchingEngine engine = MatchingEngine.builder().clock(CLOCK).build(library);

        assertThat(engine.match("BAROLO LA ROSA").wineId()).isNotEqualTo(Optional.of("la-rosa"));
    }

    @Test
    void aColourWordThatIsPartOfTheWinesName_doesNotContradictTheWinesColour() {
        MatchingEngine engine = engine(
                LibraryWine.of("la-rosa", "Fontanafredda Barolo La Rosa").withProducer("Fontanafredda")
                        .withColour("red"),
                LibraryWine.of("barolo", "Barolo Serralunga d'Alba").withProducer("Fontanafredda").withColour("red"),
                LibraryWine.of("rosa", "La Rosa").withProducer("").withColour(""));

        Proposal proposal = engine.match("Fontanafredda Vigna La Rosa Barolo");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("la-rosa");
    }

    @Test
    void aLabelsColourWord_ranksTheWineNamedWithItFirst() {
        MatchingEngine engine = engine(
                LibraryWine.of("grigio", "Terrazze della Luna Pinot Grigio").withProducer("Cavit"),
                LibraryWine.of("rosato", "Terrazze della Luna Pinot Grigio Rosato").withProducer("Cavit"));

        assertThat(first(engine.match("Terrazze della Luna Pinot Grigio Rosato"))).isEqualTo("rosato");
        assertThat(first(engine.match("TERRAZZE DELLA LUNA PINOT GRIGIO"))).isEqualTo("grigio");
    }

    @Test
    void aWineNamedByWhiteVarietiesOnly_isWhite_whenTheLibraryGivesNoColour() {
        // VIVA VALENTINA RSE ORGANIC 25 was yes for the house's Organic Pinot Grigio, whose library entry has no colour:
        // a Pinot Grigio is a white wine, and the label names a rosé.
        MatchingEngine engine = engine(
                LibraryWine.of("grigio", "Viva Valentina Organic Pinot Grigio").withProducer("Iconic Wines")
                        .withVintage(2025),
                LibraryWine.of("rose", "Viva Valentina Rosé").withProducer("Iconic Wines").withVintage(2025),
                LibraryWine.of("red", "Viva Valentina Il Classico").withProducer("Iconic Wines").withColour("red")
                        .withVintage(2025));

        Proposal proposal = engine.match("VIVA VALENTINA ORGANIC RSE 25");

        assertThat(proposal.wineId()).isNotEqualTo(Optional.of("grigio"));
        assertThat(proposal.verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aLabelOfAnotherColour_isNotAWineNamedByWhiteVarietiesOnly() {
        MatchingEngine engine = engine(
                LibraryWine.of("chardonnay", "Clos Margalaine Chardonnay").withProducer("Margalaine"),
                LibraryWine.of("cuvee", "Clos Margalaine Cuvée Julie").withProducer("Margalaine").withColour("white"));

        assertThat(engine.match("CLOS MARGALAINE CHARDONNAY BLC").verdict()).isEqualTo(Verdict.YES);
        assertThat(engine.match("CLOS MARGALAINE CHARDONNAY RGE").verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aLettersColour_isTheNamesLetter_whenTheWineNamedByWhiteVarietiesWritesIt() {
        // Review 2026-12-05: once Ruppertsberger's R Riesling Organic was read as white, RUPPERTSBERGER R RIESLING
        // ORGANIC 2022 BTL was NO (0.63; almost 0.93 before) and KESSELER R RIESLING 24 fell from 0.99 to 0.69: the
        // label's R, the name's own letter, was read as red against the wine's white.
        MatchingEngine engine = engine(
                LibraryWine.of("r", "R Riesling Organic").withProducer("Ruppertsberger Weinkeller Hoheburg eG")
                        .withVintage(2025),
                LibraryWine.of("imperial", "Ruppertsberger Imperial Riesling")
                        .withProducer("Ruppertsberger Weinkeller Hoheburg eG").withColour("white").withVintage(2023),
                LibraryWine.of("kesseler", "Kesseler R Riesling").withProducer("August Kesseler").withVintage(2025),
                LibraryWine.of("spat", "Kesseler Spätburgunder").withProducer("August Kesseler").withColour("red")
                        .withVintage(2022));

        Proposal r = engine.match("RUPPERTSBERGER R RIESLING ORGANIC 2022 BTL");
        assertThat(r.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(r.wineId()).contains("r");
        assertThat(r.explanation().disagreed()).doesNotContain(Evidence.COLOUR);
        Proposal kesseler = engine.match("KESSELER R RIESLING 24");
        assertThat(kesseler.wineId()).contains("kesseler");
        assertThat(kesseler.score()).isGreaterThan(0.9);
        // A red label is still not the white wine whose name has no R.
        assertThat(engine.match("RUPPERTSBERGER IMPERIAL RIESLING R").explanation().disagreed())
                .contains(Evidence.COLOUR);
    }

    @Test
    void aWineNamedByABlackVarietyToo_getsNoColourFromItsWhiteOne() {
        // A Cabernet Sauvignon–Chardonnay blend, or a Pinot Noir that may be pressed white, says nothing of its colour.
        MatchingEngine engine = engine(
                LibraryWine.of("blend", "Tolchard Ridge Cabernet Chardonnay").withProducer("Tolchard"),
                LibraryWine.of("other", "Tolchard Ridge Merlot").withProducer("Tolchard"));

        assertThat(engine.match("TOLCHARD RIDGE CABERNET CHARDONNAY RSE").verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void initialsWrittenWithDots_areOneWord() {
        MatchingEngine engine = engine(
                LibraryWine.of("rd", "Bollinger R.D.").withProducer("Bollinger").withColour("white").withVintage(2008),
                LibraryWine.of("special", "Bollinger Special Cuvée Brut").withProducer("Bollinger")
                        .withColour("white"),
                LibraryWine.of("grande", "Bollinger La Grande Année").withProducer("Bollinger").withColour("white"));

        Proposal dotted = engine.match("Bollinger R.D Extra Brut Champagne");
        Proposal plain = engine.match("BOLLINGER RD 2008");

        assertThat(dotted.verdict()).isEqualTo(Verdict.YES);
        assertThat(dotted.wineId()).contains("rd");
        assertThat(plain.verdict()).isEqualTo(Verdict.YES);
        assertThat(plain.wineId()).contains("rd");
    }

    @Test
    void bio_isOrganic() {
        MatchingEngine engine = engine(
                LibraryWine.of("riserva", "Piccini Collezione Oro Chianti Riserva").withProducer("Tenute Piccini"),
                LibraryWine.of("organic", "Piccini Collezione Oro Chianti Organic").withProducer("Tenute Piccini"));

        assertThat(first(engine.match("Piccini Collezione Oro Chianti Bio"))).isEqualTo("organic");
    }

    @Test
    void aRareProducerName_isACandidateEvenWhenManyWinesShareTheLabelsOtherWords() {
        List<LibraryWine> wines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            wines.add(LibraryWine.of("gc-" + i, "Mesnil Oger Avize Cramant Vertus Cuis Chouilly Oiry Lot" + i)
                    .withProducer("Cooperative" + i));
        }
        wines.add(LibraryWine.of("delamotte", "Delamotte Brut").withProducer("Delamotte"));
        MatchingEngine engine = MatchingEngine.builder().clock(CLOCK).build(wines);

        Proposal proposal = engine.match("DELAMOTTE MESNIL OGER AVIZE CRAMANT VERTUS CUIS CHOUILLY OIRY");

        assertThat(first(proposal)).isEqualTo("delamotte");
    }

    @Test
    void aWineTheLibraryListsTwice_isNo_withBothAsCandidates() {
        MatchingEngine engine = engine(
                LibraryWine.of("short", "Roagna Barbaresco Gallina")
                        .withProducer("Roagna Azienda Agricola I Paglieri"),
                LibraryWine.of("long", "Barbaresco Gallina Roagna Azienda Agricola I Paglieri")
                        .withProducer("Roagna Azienda Agricola I Paglieri"),
                LibraryWine.of("pira", "Barolo Pira").withProducer("Roagna Azienda Agricola I Paglieri"));

        Proposal proposal = engine.match("ROAGNA GALLINA BARBARESCO");

        assertThat(proposal.verdict()).isEqualTo(Verdict.NO);
        assertThat(proposal.candidates()).extracting(Candidate::wineId).startsWith("short", "long");
    }

    @Test
    void aBlancDeNoirs_isNotTheHousesBlancDeBlancs() {
        // The POS-style sets held out De Venoge Princes Blanc de Noirs: its labels were YES for the Blanc de Blancs
        // (0.77), the label's "noirs" costing it no more than a soft word.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("bdb", "De Venoge Princes Blanc de Blancs").withProducer("Champagne de Venoge"),
                LibraryWine.of("extra", "De Venoge Princes Extra Brut").withProducer("Champagne de Venoge"));

        assertThat(engine.match("DE VENOGE PRINCES BLC DE NOIRS").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("DE VENOGE PRINCES BLANC-DE-NOIR").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("DE VENOGE PRINCES BDN 75CL").verdict()).isEqualTo(Verdict.NO);
        Proposal blancs = engine.match("DE VENOGE PRINCES BDB");
        assertThat(blancs.verdict()).isEqualTo(Verdict.YES);
        assertThat(blancs.wineId()).contains("bdb");
    }

    @Test
    void aBlancDeNoirs_writtenGluedOrWithDots_isNotTheHousesBlancDeBlancs() {
        // Systembolaget 7787101: DE VENOGE PRINCES BLANCDENOIRS was YES (0.80) for the Princes Blanc de Blancs, as
        // BL.DE NOIRS and B.D.N. would be: the words were read only when spaces or hyphens split them.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("bdb", "De Venoge Princes Blanc de Blancs").withProducer("Champagne de Venoge"),
                LibraryWine.of("extra", "De Venoge Princes Extra Brut").withProducer("Champagne de Venoge"));

        assertThat(engine.match("DE VENOGE PRINCES BLANCDENOIRS").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("DE VENOGE PRINCES BL.DE NOIRS").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("DE VENOGE PRINCES B.D.N.").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("DE VENOGE PRINCES B.D.B.").wineId()).contains("bdb");
        assertThat(engine.match("DE VENOGE PRINCES BLANCDEBLANCS").explanation().disagreed())
                .doesNotContain(Evidence.GRAPE);
    }

    @Test
    void aBlancDeBlancs_isNotABlancDeNoirs_whichStaysACandidate() {
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("bdn", "Alexandre Bonnet Domaine Blanc de Noirs").withProducer("Alexandre Bonnet"),
                LibraryWine.of("brut", "Alexandre Bonnet Grande Réserve Brut").withProducer("Alexandre Bonnet"));

        Proposal proposal = engine.match("ALEXANDRE BONNET DOM BLANC DE BLANCS");

        assertThat(proposal.verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("ALEXANDRE BONNET DOM BLC DE NOIRS").wineId()).contains("bdn");
        assertThat(proposal.candidates()).extracting(Candidate::wineId).contains("bdn");
    }

    @Test
    void aBlancDeBlancs_isNotTheHousesRose() {
        // Review 2026-12-05: once BDB read "blanc" as the library's Blanc de Blancs does, CLAUDE CAZAL CUVEE BDB was YES
        // (0.91) for Claude Cazal Cuvée Rosé Grand Cru Brut (NO before): the soft "blanc" cost the rosé no more than any
        // soft word, and a blanc de blancs is a white wine. Here the cellar does not stock the house's blanc de blancs.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("rose", "Claude Cazal Cuvée Rosé Grand Cru Brut").withProducer("Claude Cazals")
                        .withColour("rosé"),
                LibraryWine.of("vive", "Cazals Claude Cuvée Vive Extra Brut").withProducer("Claude Cazals")
                        .withColour("white"));

        Proposal proposal = engine.match("CLAUDE CAZAL CUVEE BDB 75CL");

        assertThat(proposal.wineId()).isNotEqualTo(Optional.of("rose"));
        assertThat(proposal.verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("CLAUDE CAZAL CUVEE ROSE").wineId()).contains("rose");
    }

    /** One wine the library lists twice, each listing holding its vintage, as Systembolaget lists a new vintage. */
    private static MatchingEngine scavinoListedTwice() {
        return amongOthersWith("Barolo",
                LibraryWine.of("scavino-2020", "Paolo Scavino Barolo Bricco Ambrogio").withProducer("Paolo Scavino")
                        .withVintage(2020),
                LibraryWine.of("scavino-2021", "Barolo Bricco Ambrogio Paolo Scavino").withProducer("Paolo Scavino")
                        .withVintage(2021),
                LibraryWine.of("riserva", "Barolo Riserva Paolo Scavino").withProducer("Paolo Scavino")
                        .withVintage(2016));
    }

    @Test
    void aWineListedTwice_isTheListingThatHoldsTheLabelsVintage() {
        MatchingEngine engine = scavinoListedTwice();

        Proposal of2021 = engine.match("PAOLO SCAVINO BAROLO BRICCO AMBROGIO 21");
        Proposal of2020 = engine.match("BAROLO BRICCO AMBROGIO PAOLO SCAVINO 2020");

        assertThat(of2021.verdict()).isEqualTo(Verdict.YES);
        assertThat(of2021.wineId()).contains("scavino-2021");
        assertThat(of2021.vintage()).hasValue(2021);
        assertThat(of2020.verdict()).isEqualTo(Verdict.YES);
        assertThat(of2020.wineId()).contains("scavino-2020");
        assertThat(List.of(of2021, of2020)).allSatisfy(proposal -> assertThat(proposal.candidates().get(0).wineId())
                .isEqualTo(proposal.wineId().orElseThrow()));
    }

    @Test
    void aWineListedTwice_inAVintageNeitherListingHolds_isAlmost_withTheVintageFix() {
        // It was NO ("listed more than once"): which listing carries the fix does not change the answer, the wine.
        MatchingEngine engine = scavinoListedTwice();

        Proposal proposal = engine.match("PAOLO SCAVINO BAROLO BRICCO AMBROGIO 17");

        assertThat(proposal.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(proposal.wineId()).hasValueSatisfying(id -> assertThat(id).startsWith("scavino-"));
        assertThat(proposal.vintage()).hasValue(2017);
        assertThat(proposal.explanation().disagreed()).contains(Evidence.VINTAGE);
    }

    @Test
    void aWineListedTwice_inAVintageNeitherHolds_isTheListingOfTheClosestVintage() {
        // A reviewer's finding: CH AUSONE 2017 proposed the listing of 2020 "(closest: 2020)" while another held 2018.
        MatchingEngine engine = amongOthersWith("Saint-Émilion",
                LibraryWine.of("ausone-2018", "Chateau Ausone").withProducer("CVBG").withVintage(2018),
                LibraryWine.of("ausone-2021", "Château Ausone").withProducer("Château d'Ausone").withVintage(2021));

        Proposal of2017 = engine.match("CH AUSONE 2017");
        Proposal of2023 = engine.match("CH AUSONE 2023");

        assertThat(of2017.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(of2017.wineId()).contains("ausone-2018");
        assertThat(of2017.vintage()).hasValue(2017);
        assertThat(of2017.explanation().note()).contains("closest: 2018");
        assertThat(of2023.wineId()).contains("ausone-2021");
        assertThat(of2023.explanation().note()).contains("closest: 2021");
        // The proposed listing leads the candidates.
        assertThat(of2017.candidates().get(0).wineId()).isEqualTo("ausone-2018");
        assertThat(of2023.candidates().get(0).wineId()).isEqualTo("ausone-2021");
    }

    @Test
    void aLabelWithAWordOfItsOwn_isNotPickedAmongTheListingsByItsVintage() {
        // On the POS-style sets, the held-out Chapelle d'Ausone (the second wine) was YES for the listing of Château
        // Ausone held in 2021.
        MatchingEngine engine = amongOthersWith("Saint-Émilion",
                LibraryWine.of("ausone-2020", "Château Ausone").withProducer("Château Ausone").withVintage(2020),
                LibraryWine.of("ausone-2021", "Château Ausone").withProducer("Château d'Ausone").withVintage(2021));

        assertThat(engine.match("CHAPELLE D'AUSONE CH 2021 0,75L").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("CH AUSONE 2021 0,75L").wineId()).contains("ausone-2021");
    }

    @Test
    void aWineListedTwice_inAVintageBothListingsHold_isNo() {
        MatchingEngine engine = amongOthersWith("Barolo",
                LibraryWine.of("a", "Paolo Scavino Barolo Bricco Ambrogio").withProducer("Paolo Scavino")
                        .withVintage(2020),
                LibraryWine.of("b", "Barolo Bricco Ambrogio Paolo Scavino").withProducer("Paolo Scavino")
                        .withVintage(2020));

        Proposal proposal = engine.match("PAOLO SCAVINO BAROLO BRICCO AMBROGIO 2020");

        assertThat(proposal.verdict()).isEqualTo(Verdict.NO);
        assertThat(proposal.explanation().note()).contains("more than once");
    }

    @Test
    void aWineListedTwice_withoutAVintage_isTheOnlyListingHeldInTheFormatTheLabelNames() {
        // Probe J (eleventh session): BOLLINGER SPEC CUVEE MAG was NO, "listed more than once": the library lists
        // Bollinger Special Cuvée Brut in 75 cl, 37.5 cl and magnum, and again as Champagne Bollinger Bollinger Special
        // Cuvée Brut in 3 l.
        MatchingEngine engine = amongOthersWith("Brut",
                LibraryWine.of("bottle", "Bollinger Special Cuvée Brut").withProducer("Bollinger").withVolumeMl(750),
                LibraryWine.of("magnum", "Bollinger Special Cuvée Brut").withProducer("Bollinger").withVolumeMl(1500),
                LibraryWine.of("jeroboam", "Champagne Bollinger Bollinger Special Cuvée Brut").withProducer("Bollinger")
                        .withVolumeMl(3000));

        Proposal magnum = engine.match("BOLLINGER SPEC CUVEE MAG");
        Proposal jeroboam = engine.match("BOLLINGER SPECIAL CUVEE BRUT 3L");

        assertThat(magnum.verdict()).isEqualTo(Verdict.YES);
        assertThat(magnum.wineId()).contains("magnum");
        assertThat(jeroboam.wineId()).contains("jeroboam");
        // No format word tells nothing: a till writes none for the magnum listing as often. A bottle word names the
        // listing held in 75 cl (twelfth session).
        assertThat(engine.match("BOLLINGER SPECIAL CUVEE BRUT").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("BOLLINGER SPECIAL CUVEE BRUT BTL").wineId()).contains("bottle");
    }

    @Test
    void aWineListedTwice_inAVintageBothListingsHold_isTheOnlyListingHeldInThatVintageInTheFormatTheLabelNames() {
        // (b), seed 42: TIGNANELLO MARCHESI ANTINORI '22 1/2 BTL, of the half-bottle listing, against Tignanello 2022 in
        // 75 cl.
        MatchingEngine engine = amongOthersWith("Rosso",
                LibraryWine.of("bottle", "Tignanello").withProducer("Marchesi Antinori").withVintage(2022)
                        .withVolumeMl(750),
                LibraryWine.of("half", "Tignanello Marchesi Antinori").withProducer("Marchesi Antinori")
                        .withVintage(2022).withVolumeMl(375));

        Proposal half = engine.match("TIGNANELLO MARCHESI ANTINORI '22 1/2 BTL");

        assertThat(half.verdict()).isEqualTo(Verdict.YES);
        assertThat(half.wineId()).contains("half");
        assertThat(engine.match("TIGNANELLO 2022").verdict()).isEqualTo(Verdict.NO);
        // Probes J to T (thirteenth session): a glass is poured from the 75 cl bottle ("PIPER HEIDSIECK BRUT GLS" was
        // NO beside the house's 20 cl listing).
        assertThat(engine.match("TIGNANELLO 2022 GL").wineId()).contains("bottle");
        // A carafe too (probe AC, sixteenth session: "PICHET 50CL CDR RGE GUIGAL" was NO beside the wine's half-bottle
        // and magnum listings).
        assertThat(engine.match("PICHET 50CL TIGNANELLO 2022").wineId()).contains("bottle");
        // Probe N (twelfth session): a bottle word names the listing held in 75 cl (Fl. Tignanello 2022 was NO).
        Proposal bottle = engine.match("Fl. Tignanello 2022");
        assertThat(bottle.verdict()).isEqualTo(Verdict.YES);
        assertThat(bottle.wineId()).contains("bottle");
    }

    @Test
    void aLabelNamingNoFormat_namesTheStandardBottle_whenTheEngineIsToldSo() {
        // Probes J to AA (sixteenth session): "TIGNANELLO '22", "BOLLINGER SPECIAL CUVEE" were NO beside the wine's
        // half-bottle or 3 l listing; every probe's till names the 75 cl bottle by naming no format. Off by default:
        // on (a) and (b) as many such labels name another listing.
        List<LibraryWine> library = List.of(
                LibraryWine.of("bottle", "Tignanello").withProducer("Marchesi Antinori").withVintage(2022)
                        .withVolumeMl(750),
                LibraryWine.of("half", "Tignanello Marchesi Antinori").withProducer("Marchesi Antinori")
                        .withVintage(2022).withVolumeMl(375),
                LibraryWine.of("other", "Guado al Tasso").withProducer("Marchesi Antinori").withVintage(2021));
        MatchingEngine told = MatchingEngine.builder().clock(CLOCK).unsaidFormatIsStandardBottle(true).build(library);

        Proposal unsaid = told.match("TIGNANELLO '22");

        assertThat(unsaid.verdict()).isEqualTo(Verdict.YES);
        assertThat(unsaid.wineId()).contains("bottle");
        assertThat(told.match("TIGNANELLO 1/2 BTL 2022").wineId()).contains("half");
        assertThat(MatchingEngine.builder().clock(CLOCK).build(library).match("TIGNANELLO '22").verdict())
                .isEqualTo(Verdict.NO);
    }

    @Test
    void namesWrittenWithMoreSpaces_areOneWine() {
        // Probe J (eleventh session): the library writes "Chateau d'Esclans Whispering Angel" in 75 cl and, with two
        // spaces, in magnum; WHISPERING ANGEL MAG 25 was NO, "part of the names of several library wines".
        MatchingEngine engine = amongOthersWith("Rosé",
                LibraryWine.of("bottle", "Chateau d'Esclans Whispering Angel").withProducer("Chateau D'Esclans")
                        .withColour("rosé").withVintage(2025).withVolumeMl(750),
                LibraryWine.of("magnum", "Chateau d'Esclans  Whispering Angel").withProducer("Chateau  D'Esclans ")
                        .withColour("rosé").withVintage(2025).withVolumeMl(1500));

        Proposal proposal = engine.match("WHISPERING ANGEL MAG 25");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("magnum");
        assertThat(proposal.candidates()).hasSize(1);
    }

    @Test
    void namesWrittenWithANoBreakSpace_areOneWine() {
        // A library exported from a web page writes U+00A0 where another row has a space, also at the ends.
        MatchingEngine engine = amongOthersWith("Rosé",
                LibraryWine.of("bottle", "Chateau d'Esclans Whispering Angel").withProducer("Chateau D'Esclans")
                        .withColour("rosé").withVintage(2025).withVolumeMl(750),
                LibraryWine.of("magnum", "Chateau d'Esclans\u00a0Whispering Angel\u00a0")
                        .withProducer("\u00a0Chateau\u00a0D'Esclans").withColour("rosé").withVintage(2025)
                        .withVolumeMl(1500));

        Proposal proposal = engine.match("WHISPERING ANGEL MAG 25");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("magnum");
        assertThat(proposal.candidates()).hasSize(1);
    }

    @Test
    void aLabelNamingEveryWordOfTheWinesOwn_doesNotNameTheWineWhoseNameAddsWords() {
        // Probe M (twelfth session): BRUNELLO CONTI COSTANTI 2018 and DUCRU 2020 were NO, "part of the names of
        // several library wines": the label leaves the best wine's place (Montalcino) or producer's word
        // (Beaucaillou) unnamed, and the Riserva or the second wine, whose names add words to it, has every word the
        // label names.
        MatchingEngine engine = amongOthersWith("Montalcino",
                LibraryWine.of("brunello", "Brunello di Montalcino Conti Costanti").withProducer("Conti Costanti")
                        .withVintage(2018),
                LibraryWine.of("riserva", "Brunello di Montalcino Riserva, Conti Costanti")
                        .withProducer("Conti Costanti").withVintage(2019),
                LibraryWine.of("ducru", "Château Ducru-Beaucaillou").withProducer("Château Ducru-Beaucaillou")
                        .withVintage(2020),
                LibraryWine.of("madame", "Madame de Beaucaillou Château Ducru-Beaucaillou")
                        .withProducer("Château Ducru-Beaucaillou").withVintage(2020));

        Proposal brunello = engine.match("BRUNELLO CONTI COSTANTI 2018");
        Proposal ducru = engine.match("DUCRU 2020");
        Proposal riserva = engine.match("BRUNELLO RIS CONTI COSTANTI 2019");

        assertThat(brunello.verdict()).isEqualTo(Verdict.YES);
        assertThat(brunello.wineId()).contains("brunello");
        assertThat(ducru.verdict()).isEqualTo(Verdict.YES);
        assertThat(ducru.wineId()).contains("ducru");
        assertThat(riserva.wineId()).contains("riserva");
    }

    @Test
    void aWineWhoseNameAddsAWordTheLabelNames_staysARival() {
        // Probe P (twelfth session, after the rule above): PERAJ PETITA BLANC was yes for the red Peraj Petita Celler de
        // Capçanes (of no colour the library or its grapes tell), which ranked first by the order of its words: Celler de
        // Capçanes Peraj Petita Blanc adds BLANC, a word the label names, so it is no reading the label leaves aside.
        MatchingEngine engine = amongOthersWith("Blanc",
                LibraryWine.of("red", "Peraj Petita Celler de Capçanes").withProducer("Celler de Capçanes")
                        .withVintage(2024),
                LibraryWine.of("white", "Celler de Capçanes Peraj Petita Blanc").withProducer("Celler de Capçanes")
                        .withVintage(2025));

        Proposal proposal = engine.match("PERAJ PETITA BLANC");

        assertThat(proposal.wineId()).isNotEqualTo(Optional.of("red"));
    }

    @Test
    void aLabelLeavingAWordOfTheWinesOwnUnnamed_isStillPartOfSeveralNames() {
        // The rule above needs every word of the best wine's own named: a label cut before the cuvée's word names
        // both wines of the house that begin with what it has.
        MatchingEngine engine = amongOthersWith("Chardonnay",
                LibraryWine.of("vigna", "Cantina Rossi Vigna Alta Chardonnay").withProducer("Cantina Rossi"),
                LibraryWine.of("vigna-ris", "Cantina Rossi Vigna Alta Chardonnay Riserva").withProducer("Cantina Rossi"),
                LibraryWine.of("other", "Cantina Rossi Pinot Grigio").withProducer("Cantina Rossi"));

        Proposal cut = engine.match("CANTINA ROSSI VIGNA CHARD");

        assertThat(cut.verdict()).isEqualTo(Verdict.NO);
        assertThat(cut.explanation().note()).contains("part of the names");
    }

    @Test
    void aWineNeverListedWithAVintage_isNoRivalOfTheWineHoldingTheLabelsVintage() {
        // Probes M and N (twelfth session): Whispering Angel 24 rsé and Fl. Whispering Angel 2024 were NO against
        // Chateau d'Esclans Whispering Angel 2024 and Whispering Angel Côtes de Provence, listed without a vintage.
        MatchingEngine engine = amongOthersWith("Provence",
                LibraryWine.of("esclans", "Chateau d'Esclans Whispering Angel").withProducer("Chateau D'Esclans")
                        .withColour("rosé").withVintage(2024),
                LibraryWine.of("cotes", "Whispering Angel Côtes de Provence").withProducer("Chateau D'Esclans")
                        .withColour("rosé"));

        Proposal vintage = engine.match("Fl. Whispering Angel 2024");

        assertThat(vintage.verdict()).isEqualTo(Verdict.YES);
        assertThat(vintage.wineId()).contains("esclans");
    }

    @Test
    void aWineNeverListedWithAVintage_doesNotFitAsWellAsTheWineHoldingTheLabelsVintage() {
        // (b), seed 42 (a reviewer's finding: the rule's rival half had no test): GRAHAM BECK CUV CL 17 was NO, "several
        // library wines fit the label equally well", against Graham Beck Cuvée Clive 2017 and Graham Beck Brut, listed
        // without a vintage. On this small library the label that shows it is the house and the vintage alone.
        MatchingEngine engine = amongOthersWith("Brut",
                LibraryWine.of("clive", "Graham Beck Cuvée Clive").withProducer("Graham Beck").withVintage(2017),
                LibraryWine.of("brut", "Graham Beck Brut").withProducer("Graham Beck"));

        Proposal proposal = engine.match("GRAHAM BECK 2017");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("clive");
    }

    @Test
    void aLabelNamingNoColour_isNotTheHousesWineWhoseNameSaysRose() {
        // Probes M and N (twelfth session): FL MOET BRUT IMPERIAL and Coupe Moët Impérial were NO, "several library
        // wines fit the label equally well", against the Brut Impérial and the Rosé Impérial: a till names the rosé.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("brut", "Moët & Chandon Brut Impérial").withProducer("Moët & Chandon"),
                LibraryWine.of("rose", "Moët & Chandon Rosé Impérial").withProducer("Moët & Chandon"),
                LibraryWine.of("grand", "Moët & Chandon Grand Vintage").withProducer("Moët & Chandon")
                        .withVintage(2015));

        Proposal brut = engine.match("COUPE MOET IMPERIAL");
        Proposal rose = engine.match("MOET IMPERIAL RSE");

        assertThat(brut.verdict()).isEqualTo(Verdict.YES);
        assertThat(brut.wineId()).contains("brut");
        assertThat(rose.verdict()).isEqualTo(Verdict.YES);
        assertThat(rose.wineId()).contains("rose");
    }

    @Test
    void aSecondWineNamedByItsProducersWords_isNotTheFirstWineListedAgain() {
        // Probe M (twelfth session): PEDESCLAUX 19 BTL was yes for Fleur de Pedesclaux 2019, read as a listing of
        // Château Pedesclaux (2018): each name is its producer's words, so nothing was left to tell them apart.
        MatchingEngine engine = amongOthersWith("Pauillac",
                LibraryWine.of("chateau", "Château Pedesclaux").withProducer("Château Pedesclaux").withVintage(2018),
                LibraryWine.of("fleur", "Fleur de Pedesclaux").withProducer("Fleur de Pedesclaux").withVintage(2019),
                LibraryWine.of("potensac", "Château Potensac").withProducer("Château Potensac").withVintage(2018),
                LibraryWine.of("potensac-delon", "Château Potensac Domaines Delon")
                        .withProducer("Les Domaines Delon").withVintage(2019));

        Proposal pedesclaux = engine.match("PEDESCLAUX 19 BTL");
        // A name with words beyond its producer's stays the other's name with the producer added: one wine, two
        // listings, the vintage saying which.
        Proposal potensac = engine.match("CHATEAU POTENSAC 2019");

        assertThat(pedesclaux.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(pedesclaux.wineId()).contains("chateau");
        assertThat(potensac.verdict()).isEqualTo(Verdict.YES);
        assertThat(potensac.wineId()).contains("potensac-delon");
    }

    @Test
    void aLabelOfWholeWordsNamingAllOfTheWine_isNotTheWineWhoseNameAddsASoftWord() {
        // Probe N and the cross-source set (twelfth session): Cp Soalheiro Alvarinho and "Soalheiro Alvarinho" were NO,
        // "several library wines fit the label equally well", against Soalheiro Alvarinho and Soalheiro Alvarinho Brut.
        MatchingEngine engine = amongOthersWith("Alvarinho",
                LibraryWine.of("still", "Soalheiro Alvarinho").withProducer("Soalheiro").withVintage(2025),
                LibraryWine.of("brut", "Soalheiro Alvarinho Brut").withProducer("Soalheiro"));

        Proposal still = engine.match("Cp Soalheiro Alvarinho");
        Proposal brut = engine.match("SOALHEIRO ALVARINHO BRUT");
        // A word read only as a slip or a cut of a known word says less: the label may be of the other wine.
        Proposal slip = engine.match("SOALHEIR ALVARINHO");

        assertThat(still.verdict()).isEqualTo(Verdict.YES);
        assertThat(still.wineId()).contains("still");
        assertThat(brut.wineId()).contains("brut");
        assertThat(slip.verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aReservaLabel_isNotMadeAmbiguousByTheHousesGranReserva() {
        // Probes J and L (eleventh session): MURRIETA RVA 21 and M.RISCAL RVA 21 were NO, "part of the names of several
        // library wines", the house's Gran Reserva having every word the label names.
        MatchingEngine engine = amongOthersWith("Reserva",
                LibraryWine.of("reserva", "Marqués de Murrieta Reserva").withProducer("Marques de Murrieta")
                        .withVintage(2021),
                LibraryWine.of("gran", "Marques de Murrieta Gran Reserva").withProducer("Marques de Murrieta")
                        .withVintage(2016));

        Proposal reserva = engine.match("MURRIETA RVA 21");
        Proposal gran = engine.match("MURRIETA GR RVA 2016");

        assertThat(reserva.verdict()).isEqualTo(Verdict.YES);
        assertThat(reserva.wineId()).contains("reserva");
        assertThat(gran.wineId()).contains("gran");
    }

    @Test
    void aListingWhoseNameAddsTheProducersWord_isTheSameWine_andTheVintageSaysWhichListing() {
        // Systembolaget 154501 / 5018701: "Kaltern Saleit Chardonnay" (2024) and "Saleit Chardonnay" (2019), both by
        // Kellerei Kaltern: the label leaves Kaltern unnamed in one name only, so they were two rivals and SALEIT
        // CHARD 2018 was NO ("the library lists this wine more than once") instead of almost, the 2019 listing.
        MatchingEngine engine = amongOthersWith("Chardonnay",
                LibraryWine.of("kaltern-saleit", "Kaltern Saleit Chardonnay").withProducer("Kellerei Kaltern")
                        .withVintage(2024),
                LibraryWine.of("saleit", "Saleit Chardonnay").withProducer("Kellerei Kaltern").withVintage(2019),
                LibraryWine.of("kaltern-other", "Kaltern Pinot Bianco").withProducer("Kellerei Kaltern")
                        .withVintage(2024));

        Proposal almost = engine.match("SALEIT CHARD 2018");
        Proposal yes = engine.match("SALEIT CHARDONNAY 2024");

        assertThat(almost.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(almost.wineId()).contains("saleit");
        assertThat(almost.vintage()).hasValue(2018);
        assertThat(yes.verdict()).isEqualTo(Verdict.YES);
        assertThat(yes.wineId()).contains("kaltern-saleit");
    }

    @Test
    void aLabelNamingTheProducerOfOneListing_namesThatListing() {
        // Systembolaget 7249001 / 5930806: "Notte di Galileo Riserva" by Riuniti dei Colli Euganei and by Cantina Colli
        // Euganei: one producer, yet RIUNITI DEI COLLI EUGANEI NOTTE DI GALILEO RIS 2022 BT names the first; it was
        // NO ("the library lists this wine more than once").
        List<LibraryWine> library = new ArrayList<>(List.of(
                LibraryWine.of("riuniti", "Notte di Galileo Riserva").withProducer("Riuniti dei Colli Euganei")
                        .withVintage(2020),
                LibraryWine.of("cantina", "Notte di Galileo Riserva").withProducer("Cantina Colli Euganei s.c.a")
                        .withVintage(2018).withVolumeMl(1500)));
        for (int i = 0; i < 30; i++) {
            // "Riuniti" is a common word of cooperatives' names: it weighs little.
            library.add(LibraryWine.of("filler-" + i, "Filler" + i + " Riserva").withProducer("Cantine Riuniti " + i));
        }
        MatchingEngine engine = MatchingEngine.builder().clock(CLOCK).build(library);

        Proposal proposal = engine.match("RIUNITI DEI COLLI EUGANEI NOTTE DI GALILEO RIS 2022 BT");

        assertThat(proposal.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(proposal.wineId()).contains("riuniti");
        assertThat(engine.match("NOTTE DI GALILEO RIS").verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aCuveeNamedByTheProducersWords_isNotAListingOfTheEstatesWine_whateverVintageItHolds() {
        // Systembolaget 9211601 / 9214801 / 9587901: "Masseto Ornellaia", by "Ornellaia e Masseto", has no name word
        // left once the producers' words go, as "Ornellaia" has none: ORNELLAIA 2021 was YES for Masseto, held in 2021.
        MatchingEngine engine = amongOthersWith("Toscana",
                LibraryWine.of("ornellaia", "Ornellaia").withProducer("Ornellaia e Masseto Società Agricola srl")
                        .withVintage(2022),
                LibraryWine.of("masseto-ornellaia", "Masseto Ornellaia")
                        .withProducer("Ornellaia e Masseto Società Agricola srl").withVintage(2021),
                LibraryWine.of("masseto", "Masseto").withProducer("Ornellaia e Masseto Società Agricola srl")
                        .withVintage(2022));

        Proposal proposal = engine.match("ORNELLAIA 2021");

        assertThat(proposal.wineId()).isNotEqualTo(java.util.Optional.of("masseto-ornellaia"));
        assertThat(proposal.wineId()).isNotEqualTo(java.util.Optional.of("masseto"));
    }

    @Test
    void anotherHousesWineNamedByAWordOfTheProducer_doesNotMakeTheListingAnotherWine() {
        // Systembolaget 7612801 / 7825601 / Elodie D.'s Cuvée Pierre: "Château Latour à Pomerol Jean-Pierre Mouiex" is
        // "Château Latour à Pomerol" listed again with its producer's name; another house's wine named "Pierre" alone
        // made "pierre" a word of a wine of its own: CH LATOUR A POMEROL 09 was NO, "the library lists this wine more
        // than once", though only one listing holds 2009 (probe AC).
        MatchingEngine engine = amongOthersWith("Pomerol",
                LibraryWine.of("latour-pomerol-09", "Château Latour à Pomerol")
                        .withProducer("Etabilssements Jean-Pierre Mouiex").withVintage(2009),
                LibraryWine.of("latour-pomerol-12", "Château Latour à Pomerol")
                        .withProducer("Etabilssements Jean-Pierre Mouiex").withVintage(2012),
                LibraryWine.of("latour-pomerol-21", "Château Latour à Pomerol Jean-Pierre Mouiex")
                        .withProducer("Etabilssements Jean-Pierre Mouiex").withVintage(2021),
                LibraryWine.of("cuvee-pierre", "Cuvée Pierre").withProducer("Elodie D.").withVintage(2020));

        Proposal proposal = engine.match("CH LATOUR A POMEROL 09");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("latour-pomerol-09");
        assertThat(engine.match("CH LATOUR A POMEROL 2021").wineId()).contains("latour-pomerol-21");
    }

    @Test
    void aVintageTellsTheWineWhoseOnlyUnnamedWordIsItsColour_fromOneLeavingAWordOfItsOwnUnnamed() {
        // Systembolaget 742801 / 9361601: DOM PERIGNON 2017 was NO, "the label is part of the names of several library
        // wines", for Dom Pérignon Blanc of 2017 and Dom Pérignon P2 of 2006 (probes K to Y, AD: 17 labels). The
        // library's P2 is by "Dom Pérignon", which scores it by its producer here, among few wines.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("dp-blanc", "Dom Pérignon Blanc").withProducer("Moët & Chandon").withVintage(2017),
                LibraryWine.of("dp-p2", "Dom Pérignon P2").withProducer("Moët & Chandon").withVintage(2006));

        Proposal proposal = engine.match("DOM PERIGNON 2017");

        assertThat(proposal.verdict()).as(proposal.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("dp-blanc");
    }

    @Test
    void aVintageTellsTheWineWhoseUnnamedWordsArePlaceAndMention_fromOneLeavingItsGrapeUnnamed() {
        // Systembolaget 7892501 / 5106001: GUADO AL TASSO 22 was NO, "part of the names of several library wines", for
        // Guado al Tasso Bolgheri Superiore of 2022 and the estate's Vermentino of 2024 (probes K, M, N, R, U, AC).
        MatchingEngine engine = amongOthersWith("Bolgheri",
                LibraryWine.of("superiore", "Guado Al Tasso Bolgheri Superiore").withProducer("Marchesi Antinori")
                        .withVintage(2022),
                LibraryWine.of("vermentino", "Tenuta Guado al Tasso Vermentino Bolgheri")
                        .withProducer("Marchesi Antinori").withVintage(2024));

        Proposal proposal = engine.match("GUADO AL TASSO 22");

        assertThat(proposal.verdict()).as(proposal.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("superiore");
        // The Vermentino's vintage does not name the Superiore; nor, its grape unnamed, the Vermentino for sure.
        assertThat(engine.match("GUADO AL TASSO 2024").wineId()).isNotEqualTo(java.util.Optional.of("superiore"));
    }

    @Test
    void aVintageTellsTheWineWhoseOnlyUnnamedWordIsItsGrape_fromOneLeavingAWordOfItsOwnUnnamed() {
        // Systembolaget 270101 / 7150501: MULDERBOSCH STEEN OP HOUT 25 was NO for the Chenin Blanc Steen op Hout of 2025
        // and the Old Vine Steen op Hout of 2022 (probe P). The best may leave its grape unnamed; the other may not.
        MatchingEngine engine = amongOthersWith("Sydafrika",
                LibraryWine.of("chenin", "Mulderbosch Chenin Blanc Steen op Hout")
                        .withProducer("Mulderbosch Vineyards").withVintage(2025),
                LibraryWine.of("old-vine", "Mulderbosch Old Vine Steen Op Hout").withProducer("Mulderbosch Vineyards")
                        .withVintage(2022));

        Proposal proposal = engine.match("MULDERBOSCH STEEN OP HOUT 25");

        assertThat(proposal.verdict()).as(proposal.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("chenin");
    }

    @Test
    void aTillsChampagneBeforeTheName_costsTheWineNoAgreementOfItsVintage() {
        // Probe AD (seventeenth session): a Mumbai till writes CHAMP before every Champagne. The word matched neither
        // wine, so the Blanc held in 2017 lost its full vintage agreement, and CHAMP DOM PERIGNON 2017 was ALMOST the
        // house's magnum listed without a vintage.
        MatchingEngine engine = amongOthersWith("Blanc",
                LibraryWine.of("dp-blanc", "Dom Pérignon Blanc").withProducer("Moët & Chandon").withVintage(2017),
                LibraryWine.of("dp-p2", "Dom Pérignon P2").withProducer("Dom Pérignon").withVintage(2006),
                LibraryWine.of("dp-magnum", "Dom Pérignon").withProducer("Dom Pérignon").withVolumeMl(1500));

        Proposal proposal = engine.match("CHAMP DOM PERIGNON 2017");

        assertThat(proposal.verdict()).as(proposal.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("dp-blanc");
    }

    @Test
    void aVintageDoesNotTellTwoWinesWhoseOnlyUnnamedWordsAreTheirColours() {
        // The label may name the rosé of a vintage the library does not hold as well.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("dp-blanc", "Dom Pérignon Blanc").withProducer("Moët & Chandon").withVintage(2017),
                LibraryWine.of("dp-rose", "Dom Pérignon Rosé").withProducer("Moët & Chandon").withVintage(2008));

        assertThat(engine.match("DOM PERIGNON 2017").verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aVintageDoesNotTellARoseTheLabelDoesNotName_fromAWineLeavingAWordOfItsOwnUnnamed() {
        // MatchingEvaluation seed 42: DEUTZ BRUT MILLESIME 2019, its Brut Millésimé not stocked, became YES for Deutz
        // Brut Vintage Rosé of 2019 (Systembolaget 7079001), against Amour de Deutz Brut Millésimé of 2002 (7829409):
        // a label naming no colour does not name the rosé, a till names it ("FL MOET BRUT IMPERIAL").
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("deutz-rose", "Deutz Brut Vintage Rosé").withProducer("Champagne Deutz")
                        .withVintage(2019),
                LibraryWine.of("amour", "Amour de Deutz Brut Millesimé").withProducer("Deutz").withVintage(2002));

        Proposal proposal = engine.match("DEUTZ BRUT MILLESIME 2019");

        assertThat(proposal.verdict()).as(proposal.explanation().text()).isEqualTo(Verdict.NO);
    }

    @Test
    void aProducerSharingOneWordWithAnothersName_isNotAListingOfItsWine() {
        // Systembolaget 7590201 / 5100701: Clos Manou (Médoc) and Celler Gritelles' Manou Gritelles (a Grenache) were
        // one producer ("manou") and had the same name words once both producers' words went: CLOS MANOU 2022 was YES
        // for the Manou Gritelles, held in 2022. (Paolo Scavino's and Paolo Giordano's Langhe Nebbiolo, the same way.)
        MatchingEngine engine = amongOthersWith("Clos",
                LibraryWine.of("clos-manou", "Clos Manou").withProducer("Clos Manou").withVintage(2020),
                LibraryWine.of("gritelles", "Manou Gritelles").withProducer("Celler Gritelles").withVintage(2022));

        Proposal proposal = engine.match("CLOS MANOU 2022");

        assertThat(proposal.wineId()).isNotEqualTo(java.util.Optional.of("gritelles"));
    }

    @Test
    void twoCuveesTellingThemselvesApartByALetter_areNotListingsOfOneWine() {
        // Systembolaget 7046401 / 7537401: the index keeps no single letter, so "Vistalba Corte A" and "Vistalba Corte
        // B" had the same name words: VISTALBA CORTE A 2020 was YES (score 1) for the Corte B, held in 2020.
        MatchingEngine engine = amongOthersWith("Mendoza",
                LibraryWine.of("corte-a", "Vistalba Corte A").withProducer("Bodega Vistalba").withVintage(2019),
                LibraryWine.of("corte-b", "Vistalba Corte B").withProducer("Bodega Vistalba").withVintage(2020));

        Proposal proposal = engine.match("VISTALBA CORTE A 2020");

        assertThat(proposal.wineId()).isNotEqualTo(java.util.Optional.of("corte-b"));
    }

    @Test
    void aWineListedUnderTwoProducers_isNo() {
        MatchingEngine engine = engine(
                LibraryWine.of("giacosa", "Barolo Falletto di Bruno Giacosa").withProducer("Bruno Giacosa"),
                LibraryWine.of("estate", "Barolo Falletto di Bruno Giacosa").withProducer("Azienda Agricola Falleto")
                        .withVintage(2019),
                LibraryWine.of("barbaresco", "Barbaresco Falletto di Bruno Giacosa").withProducer("Bruno Giacosa"));

        Proposal proposal = engine.match("Bruno Giacosa Falletto Barolo");

        assertThat(proposal.verdict()).isEqualTo(Verdict.NO);
        assertThat(proposal.candidates()).extracting(Candidate::wineId).startsWith("giacosa", "estate");
    }

    @Test
    void twoLibraryEntriesWithTheSameWords_areNo_ratherThanAGuess() {
        MatchingEngine engine = engine(
                LibraryWine.of("gb", "Gaja Barbaresco").withProducer("Gaja").withVintage(2021),
                LibraryWine.of("bg", "Barbaresco Gaja").withProducer("Gaja").withVintage(2022),
                LibraryWine.of("costa", "Gaja Costa Russi Barbaresco").withProducer("Gaja"));

        Proposal proposal = engine.match("GAJA BARBARESCO");

        assertThat(proposal.verdict()).isEqualTo(Verdict.NO);
        assertThat(proposal.explanation().note()).contains("more than once");
    }

    @Test
    void aWineThatExplainsOnlyPartOfWhatTheBestExplains_isNotACompetitor() {
        MatchingEngine engine = amongOthersWith("Grand Cru",
                LibraryWine.of("gran", "Rioja Bordón Gran Reserva").withProducer("Bodegas Franco-Españolas")
                        .withVintage(2014),
                LibraryWine.of("reserva", "Rioja Bordón Reserva").withProducer("Bodegas Franco-Españolas")
                        .withVintage(2018));

        Proposal proposal = engine.match("BODEGAS FRANCO-ESPANOLAS RIOJA BORDON GRAN RES 2018");

        assertThat(proposal.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(proposal.wineId()).contains("gran");
        assertThat(proposal.vintage()).hasValue(2018);
    }

    @Test
    void aLabelNamingAllOfOneWineAndPartOfAnother_namesTheFirst() {
        MatchingEngine engine = amongOthersWith("Classico",
                LibraryWine.of("cerasuolo", "Gurrieri Don Vicé Cerasuolo").withProducer("Battaglia Graziella")
                        .withVintage(2020),
                LibraryWine.of("classico", "Gurrieri Don Vicé Cerasuolo Classico").withProducer("Battaglia Graziella")
                        .withVintage(2019));

        Proposal proposal = engine.match("GURRIERI DON VICE CERASUOLO 14");

        assertThat(proposal.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(proposal.wineId()).contains("cerasuolo");
        assertThat(proposal.vintage()).hasValue(2014);
    }

    @Test
    void aTruncatedLabelNamingEveryWordOfOneWine_isThatWine_evenWhenAnotherHasTheSameWords() {
        MatchingEngine engine = engine(
                LibraryWine.of("chablis", "Chablis Antoine et Laurent Robin").withProducer("Antoine et Laurent Robin")
                        .withVintage(2023),
                LibraryWine.of("petit", "Antoine et Laurent Robin Petit Chablis")
                        .withProducer("Antoine et Laurent Robin").withVintage(2023));

        Proposal proposal = engine.match("CHABLIS ANTOINE ET LAURENT ROBI 22");

        assertThat(proposal.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(proposal.wineId()).contains("chablis");
    }

    @Test
    void aKnownWordTheWineDoesNotHave_countsAgainstIt() {
        MatchingEngine engine = amongOthersWith("Riesling",
                LibraryWine.of("dr-l", "Dr L Riesling").withProducer("Dr Loosen"),
                LibraryWine.of("urziger", "Dr Loosen Ürziger Würzgarten").withProducer("Dr Loosen"),
                LibraryWine.of("kracher", "Kracher Beerenauslese Cuvée").withProducer("Kracher"),
                LibraryWine.of("sauvignon", "Sauvignon Blanc").withProducer("Wageck Wines"));

        Proposal proposal = engine.match("DR LOOSEN RIESLING BEERENAUSLESE");

        assertThat(proposal.verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("DR LOOSEN DR L RIESLING").wineId()).contains("dr-l");
    }

    @Test
    void aWineHoldingTheLabelsVintage_ranksFirst() {
        // A cellar's POS names the vintages the cellar holds.
        MatchingEngine engine = amongOthersWith("Blanc",
                LibraryWine.of("plain", "Crozes-Hermitage E.Guigal").withProducer("E Guigal").withVintage(2022),
                LibraryWine.of("blanc", "Crozes-Hermitage Blanc E. Guigal").withProducer("E Guigal")
                        .withVintage(2024));

        assertThat(first(engine.match("CROZES-HERMITAGE E. GUIGAL 2024"))).isEqualTo("blanc");
        assertThat(first(engine.match("CROZES-HERMITAGE E. GUIGAL 2022"))).isEqualTo("plain");
    }

    @Test
    void aLabelNamingOnlyTheProducer_ranksTheWineHeldInItsVintageFirst_evenWhenASiblingHasAShorterName() {
        // A label of the producer's name alone covers more of the shorter name ("Saint-Joseph"), which ranked first
        // (VIDAL-FLEURY 2024). The vintage changes the ranking, not the verdict: the label names part of several wines.
        MatchingEngine engine = amongOthersWith("Rhône",
                LibraryWine.of("st-joseph", "Vidal-Fleury Saint-Joseph").withProducer("Vidal-Fleury").withVintage(2022),
                LibraryWine.of("cdr-blanc", "Vidal-Fleury Côtes du Rhône Blanc").withProducer("Vidal-Fleury")
                        .withVintage(2024),
                LibraryWine.of("gsm", "Vidal-Fleury GSM").withProducer("Vidal-Fleury").withVintage(2022));

        Proposal of2024 = engine.match("VIDAL-FLEURY 2024");

        assertThat(first(of2024)).isEqualTo("cdr-blanc");
        assertThat(of2024.verdict()).isEqualTo(Verdict.NO);
        assertThat(first(engine.match("VIDAL-FLEURY 2022"))).isIn("st-joseph", "gsm");
    }

    @Test
    void aVintageAloneDoesNotTellTwoWinesTheLabelFitsEquallyApart() {
        // BONNANGE 2016 names both as well; it was YES for the one held in 2016 once the vintage weighed 0.12 (found
        // by a reviewer). If the bottle is the Château of 2016, that YES was wrong: NO, with the 2016 ranked first.
        MatchingEngine engine = amongOthersWith("Château",
                LibraryWine.of("clos", "Le Clos de Bonnange").withProducer("Bonnange").withVintage(2016),
                LibraryWine.of("chateau", "Chateau Bonnange").withProducer("Bonnange").withVintage(2019));

        Proposal proposal = engine.match("BONNANGE 2016");

        assertThat(proposal.verdict()).isEqualTo(Verdict.NO);
        assertThat(first(proposal)).isEqualTo("clos");
    }

    @Test
    void aLabelNamingOnlyTheTailOfAName_isNotThatWine() {
        // On the Systembolaget library, CH MARGAUX 15 was ALMOST the library's only Margaux: the label names neither
        // its producer nor the head of its name, only the appellation it ends with.
        MatchingEngine engine = amongOthersWith("Château Haut Breton",
                LibraryWine.of("breton", "Château Haut Breton Larigaudière Margaux")
                        .withProducer("Château Haut Breton Larigaudière").withVintage(2009));

        assertThat(engine.match("CH MARGAUX 15").verdict()).isEqualTo(Verdict.NO);
        Proposal named = engine.match("CH HAUT BRETON LARIGAUDIERE 15");
        assertThat(named.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(named.wineId()).contains("breton");
    }

    @Test
    void aLabelOfAnAppellationOnly_staysSeveralProducersWine_althoughTheirNamesBeginWithTheirOwnWords() {
        // The rows of the Systembolaget library (a reviewer's examples): the label names what several producers
        // make, although the houses' wines have a word of their own the label leaves out ("Brocard", "Jadot").
        List<LibraryWine> library = new ArrayList<>(List.of(
                LibraryWine.of("ferret", "Pouilly-Fuissé").withProducer("Domaine J A Ferret").withVintage(2023),
                LibraryWine.of("brocard", "Brocard Chablis Premier Cru Fourchaume").withProducer("Jean-Marc Brocard")
                        .withVintage(2024),
                LibraryWine.of("oliveira", "Chablis Premier Cru Fourchaume").withProducer("Domaine de Oliveira Lecestre")
                        .withVintage(2023)));
        String[] producers = {"Maison Louis Jadot", "Bonfils Goichot", "Maison Rijckaert", "Domaine Cordier",
            "Roc des Boutires", "Domaine Roger Lassarat", "Maison Jean Loron", "Domaine Ferrand", "Domaine Auvigue",
            "Domaine Thibert", "Domaine Saumaize", "Domaine Barraud"};
        for (int i = 0; i < producers.length; i++) {
            String head = producers[i].substring(producers[i].lastIndexOf(' ') + 1);
            library.add(LibraryWine.of("pf-" + i, head + " Pouilly-Fuissé").withProducer(producers[i])
                    .withVintage(2022));
            // Each house makes more than one wine, as in the library: its name weighs as little as there.
            library.add(LibraryWine.of("bb-" + i, head + " Bourgogne Blanc").withProducer(producers[i]));
            library.add(LibraryWine.of("mc-" + i, head + " Mâcon-Villages").withProducer(producers[i]));
        }
        MatchingEngine engine = MatchingEngine.builder().clock(CLOCK).build(library);

        assertThat(engine.match("POUILLY-FUISSE").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("CHABLIS PREMIER CRU FOURCHAUME").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("JADOT POUILLY-FUISSE").wineId()).contains("pf-0");
    }

    @Test
    void aRareWordOfTheWinesOwn_namesIt_withoutItsHead_whileAGrapeIsNoHead() {
        MatchingEngine engine = amongOthersWith("Riesling",
                LibraryWine.of("macchialuna", "La Nascosta Macchialuna")
                        .withProducer("Antonio Mastrojanni Societa Agricola").withVintage(2021),
                LibraryWine.of("theo", "Riesling Cuvée Théo").withProducer("Domaine Weinbach").withVintage(2022),
                LibraryWine.of("theodora", "Theodora").withProducer("Gut Oggau").withVintage(2022),
                LibraryWine.of("alsace", "Alsace Pinot Gris").withProducer("Domaine Zind-Humbrecht").withVintage(2021));

        assertThat(engine.match("MACCHIALUNA").wineId()).contains("macchialuna");
        assertThat(engine.match("DOM MACCHIALUNA 21").verdict()).isEqualTo(Verdict.YES);
        assertThat(engine.match("CUVEE THEO").wineId()).contains("theo");
        // A place and a grape name what many wines are: "Riesling" is not the head of Riesling Cuvée Théo.
        assertThat(engine.match("ALSACE RIESLING 22").verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void anUnknownWordBesideAnAppellation_isAnotherProducersWine() {
        // X-Wines labels: DE LADOUCETTE POUILLY-FUME was ALMOST the Caves des Perrières' "Pouilly-Fumé" (Ladoucette
        // is no library word); SALVIONI ROSSO DI MONTALCINO was YES for the Conti Costanti's.
        MatchingEngine engine = amongOthersWith("Sancerre Dagueneau",
                LibraryWine.of("perrieres", "Pouilly-Fumé").withProducer("Caves des Perrières").withVintage(2024),
                LibraryWine.of("blanches", "Pouilly-Fumé Domaine de Terres Blanches")
                        .withProducer("Domaine de Terres Blanches").withVintage(2024),
                LibraryWine.of("costanti", "Rosso di Montalcino").withProducer("Conti Costanti").withVintage(2020));

        Proposal ladoucette = engine.match("DE LADOUCETTE POUILLY-FUME 2024");

        assertThat(ladoucette.verdict()).isEqualTo(Verdict.NO);
        assertThat(ladoucette.explanation().note()).contains("ladoucette");
        assertThat(engine.match("SALVIONI ROSSO DI MONTALCINO").verdict()).isEqualTo(Verdict.NO);
        // A producer's name the library knows from other wines is as foreign to this one (a reviewer's example).
        assertThat(engine.match("DAGUENEAU POUILLY-FUME 2024").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("POUILLY-FUME CAVES DES PERRIERES 2024").wineId()).contains("perrieres");
    }

    @Test
    void coteAndCremant_arePlaces() {
        // A reviewer's finding: "cote" (Côte-Rôtie, Côte de Beaune) was not a place, so DOM COTE ROTIE 19 named a word
        // of La Mouline's own and was YES for it, the cellar's only Côte-Rôtie.
        MatchingEngine engine = amongOthersWith("Rouge",
                LibraryWine.of("mouline", "Côte-Rôtie La Mouline").withProducer("E. Guigal").withVintage(2019),
                LibraryWine.of("cremant", "Crémant de Loire Brut Réserve").withProducer("Langlois-Château"));

        assertThat(engine.match("DOM COTE ROTIE 19").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("GUIGAL COTE ROTIE LA MOULINE 19").wineId()).contains("mouline");
        // A wine named by its place alone is still that place's wine.
        assertThat(engine.match("CREMANT DE LOIRE BRUT RES").wineId()).contains("cremant");
    }

    @Test
    void aPlaceCutShortOrMisspelt_isStillOnlyThePlace() {
        // A reviewer's finding: a cut or misspelt appellation counted as a word of the wine's own, so the two rules
        // above let DAGUENEAU POUILLY FUIS be the other house's Pouilly-Fuissé, and CH MARGAU the Haut Breton.
        List<LibraryWine> library = new ArrayList<>(List.of(
                LibraryWine.of("fuisse", "Pouilly-Fuissé").withProducer("Maison Louis Latour").withVintage(2022),
                LibraryWine.of("rufina", "Chianti Rufina").withProducer("Frescobaldi").withVintage(2021),
                LibraryWine.of("breton", "Château Haut Breton Larigaudière Margaux")
                        .withProducer("Château Haut Breton Larigaudière").withVintage(2015)));
        for (int i = 0; i < 30; i++) {
            library.add(LibraryWine.of("filler-" + i, "Filler" + i + " Rouge").withProducer("Producer" + i));
        }
        MatchingEngine engine = MatchingEngine.builder().clock(CLOCK).build(library);

        assertThat(engine.match("DAGUENEAU POUILLY FUIS 22").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("SELVAPIANA CHIANTI RUFIN 2021").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("CH MARGAU 15").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("CH MARAGUX 15").verdict()).isEqualTo(Verdict.NO);
        // The place alone still names the cellar's only wine of it.
        assertThat(engine.match("POUILLY FUIS 22").wineId()).contains("fuisse");
    }

    @Test
    void aLabelOfAnAppellationWithoutAHouseWord_namesACellarsOnlyWineOfIt() {
        // The demo's small cellar: its one Côtes du Rhône is the house red by the glass. The place-and-grape penalty
        // is for a label naming a house by the place (CH MARGAUX), not for one naming the appellation.
        MatchingEngine engine = engine(
                LibraryWine.of("cdr", "Côtes du Rhône Rouge Parallèle 45").withProducer("Paul Jaboulet Aîné")
                        .withColour("red").withVintage(2022),
                LibraryWine.of("chablis", "Chablis Premier Cru Fourchaume").withProducer("Domaine Laroche")
                        .withColour("white").withVintage(2020),
                LibraryWine.of("sancerre", "Sancerre Blanc Les Baronnes").withProducer("Henri Bourgeois")
                        .withColour("white").withVintage(2022));

        Proposal proposal = engine.match("VERRE COTES DU RHONE RGE");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("cdr");
        assertThat(proposal.serving().kind()).isEqualTo(Serving.Kind.GLASS);
    }

    @Test
    void aRivalCountsWithoutTheHousePenalty() {
        // "CH POMEROL" names a house called Pomerol, not Château Feytit-Clinet of Pomerol: Feytit-Clinet pays the
        // place-and-grape penalty. As a rival of the wine named "Pomerol" it counts without it: two producers have
        // a wine of that name, and the label does not say which.
        MatchingEngine engine = amongOthersWith("Château",
                LibraryWine.of("pomerol", "Pomerol").withProducer("Vignobles Moueix").withVintage(2018),
                LibraryWine.of("feytit", "Château Feytit-Clinet Pomerol").withProducer("Château Feytit-Clinet")
                        .withVintage(2018));

        Proposal proposal = engine.match("CH POMEROL 2018");

        assertThat(proposal.verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aLastWordTheLibraryKnows_mayStillBeCutShort() {
        MatchingEngine engine = engine(
                LibraryWine.of("calderara", "Tornatore Calderara").withProducer("Tornatore"),
                LibraryWine.of("cal-pla", "Cal Pla Blanc").withProducer("Celler Cal Pla"),
                LibraryWine.of("etna", "Tornatore Etna Rosso").withProducer("Tornatore"));

        Proposal proposal = engine.match("TORNATORE CAL VR");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("calderara");
        assertThat(proposal.serving().kind()).isEqualTo(Serving.Kind.GLASS);
    }

    @Test
    void aWordCutShort_findsItsCompletion_amongManyWordsWithTheSamePrefix() {
        List<LibraryWine> wines = new ArrayList<>();
        for (char a = 'a'; a <= 'c'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                wines.add(LibraryWine.of("ho" + a + b, "Ho" + a + b + " Wine").withProducer("Estate " + a + b));
            }
        }
        wines.add(LibraryWine.of("hout", "Mulderbosch Old Vine Steen Op Hout").withProducer("Mulderbosch Vineyards")
                .withVintage(2022));
        wines.add(LibraryWine.of("chenin", "Mulderbosch Chenin Blanc").withProducer("Mulderbosch Vineyards"));
        wines.add(LibraryWine.of("ho", "Ho Chunk Red").withProducer("Ho Estate"));
        MatchingEngine engine = MatchingEngine.builder().clock(CLOCK).build(wines);

        Proposal proposal = engine.match("MULDERBOSCH OLD VINE STEEN OP HO 2023 BT");

        assertThat(proposal.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(proposal.wineId()).contains("hout");
    }

    @Test
    void ris_isRiserva() {
        MatchingEngine engine = engine(
                LibraryWine.of("riserva", "Chianti Classico Riserva").withProducer("Panzanello").withVintage(2019),
                LibraryWine.of("annata", "Chianti Classico").withProducer("Panzanello").withVintage(2019),
                LibraryWine.of("ris", "Ris Blanc").withProducer("Other"));

        Proposal proposal = engine.match("PANZANELLO CHIANTI CLASSICO RIS 19 BTL");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("riserva");
    }

    @Test
    void aNumberThatIsPartOfTheWinesName_isNotAVintageClaim() {
        MatchingEngine engine = engine(
                LibraryWine.of("crimes", "19 Crimes Sparkling White").withProducer("19 Crimes"),
                LibraryWine.of("cora", "Cora de Loxarel 2023").withProducer("Loxarel"),
                LibraryWine.of("ventosa", "Josep Ventosa 1952 Brut Organic").withProducer("Celler Josep Ventosa"),
                LibraryWine.of("margaux", "Château Margaux").withProducer("Château Margaux").withVintage(2015));

        for (String label : List.of("19 CRIMES SPARKLING", "CORA DE LOXAREL 2023", "JOSEP VENTOSA 1952 BRUT ORGAN NV")) {
            Proposal proposal = engine.match(label);

            assertThat(proposal.verdict()).as(label).isEqualTo(Verdict.YES);
            assertThat(proposal.vintage()).as(label).isEmpty();
        }
        assertThat(engine.match("CH MARGAUX 2016").verdict()).isEqualTo(Verdict.ALMOST);
    }

    @Test
    void aMenusHeadingWords_doNotCountAgainstTheWine() {
        // An independent label generator's findings: CARTE: HANDS OFF PINOT GRIS, VINS - AMADIO 18 and CAVE BOLLA SOAVE
        // CLASSICO were NO, "carte" (a word of Carte Jaune), "vins", "cave" counting as words the wine lacks.
        MatchingEngine engine = engine(
                LibraryWine.of("hands-off", "Hands Off Pinot Gris").withProducer("Grape Art LLC").withVintage(2023),
                LibraryWine.of("amadio", "Amadio Cabernet Malbec").withProducer("Amadio Vineyard").withVintage(2018),
                LibraryWine.of("bolla", "Bolla Soave Classico").withProducer("Gruppo Italiano Vini").withVintage(2023),
                LibraryWine.of("jaune", "Veuve Clicquot Carte Jaune").withProducer("Veuve Clicquot"),
                LibraryWine.of("caves", "Côtes du Rhône").withProducer("Cave de Tain"),
                LibraryWine.of("vins", "Crémant d'Alsace").withProducer("Vins d'Alsace Kuehn"),
                LibraryWine.of("soave", "Soave Superiore").withProducer("Inama"));

        for (String label : List.of("CARTE: HANDS OFF PINOT GRIS", "VINS - AMADIO 18 75 CL", "CAVE BOLLA SOAVE CLASSICO")) {
            assertThat(engine.match(label).verdict()).as(label).isEqualTo(Verdict.YES);
        }
    }

    @Test
    void aLabelNamingAProducerBesideAnAppellationTheLibraryHoldsUnderNoProducer_isNo() {
        // An independent label generator's invented wines: ST JOSEPH DOM VAUNIER and PIC ST LOUP CASCINA were yes for
        // the library's Saint-Joseph and Pic Saint-Loup ("joseph", "pic", "loup" were not known as places).
        MatchingEngine engine = engine(
                LibraryWine.of("st-joseph", "Saint-Joseph").withVintage(2021),
                LibraryWine.of("pic", "Pic Saint-Loup").withProducer("Domaine Haut-Lirou").withVintage(2020),
                LibraryWine.of("other", "Crozes-Hermitage").withProducer("Domaine Combier").withVintage(2021));

        assertThat(engine.match("ST JOSEPH DOM VAUNIER").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("PIC ST LOUP CASCINA").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("ST JOSEPH 21").verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void aKnownWordInsideTheLabel_mayBeALongerWordCutShort() {
        // An independent label generator's finding: COGNO BARBA. BORDINI 21 was NO (0.33) for Cogno Barbaresco Bordini,
        // "Barba" being another wine's word, so never read as the start of Barbaresco.
        MatchingEngine engine = engine(
                LibraryWine.of("bordini", "Cogno Barbaresco Bordini").withProducer("Elvio Cogno").withVintage(2020),
                LibraryWine.of("ravera", "Cogno Barolo Ravera").withProducer("Elvio Cogno").withVintage(2019),
                LibraryWine.of("barba", "Fattoria Barba Montepulciano d'Abruzzo").withProducer("Fattoria Barba"));

        Proposal proposal = engine.match("COGNO BARBA. BORDINI 21");

        assertThat(proposal.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(proposal.wineId()).contains("bordini");
    }

    @Test
    void anAppellationTheWinesNameLeavesOut_doesNotCountAgainstIt_butOneAgainstAnotherPlaceDoes() {
        // Cross-source names add the appellation the library's name leaves out: Château Trotanoy Pomerol was NO (the
        // library knows "Pomerol" from other wines, so it counted as a word Château Trotanoy lacks).
        MatchingEngine engine = engine(
                LibraryWine.of("trotanoy", "Château Trotanoy").withProducer("Château Trotanoy").withVintage(2019),
                LibraryWine.of("pomerol", "Château Feytit-Clinet Pomerol").withProducer("Feytit-Clinet"),
                LibraryWine.of("barbaresco", "Ricossa Campolibero Barbaresco").withProducer("Ricossa")
                        .withVintage(2021),
                LibraryWine.of("barolo", "Barolo Cannubi").withProducer("Borgogno").withVintage(2019));

        assertThat(engine.match("CHATEAU TROTANOY POMEROL").verdict()).isEqualTo(Verdict.YES);
        // A place against another place of the name is another wine.
        assertThat(engine.match("RICOSSA CAMPOLIBERO BAROLO").wineId()).isNotEqualTo(Optional.of("barbaresco"));
    }

    @Test
    void aSwedishMenusColourWords_areSoft() {
        // A probe of Stockholm wine-bar labels: GLAS RÖTT CASILLERO MERLOT was NO (0.17), RÖTT counting as a word the
        // wine lacks; GLAS VITT the same. ("Mousserande" stays a word: Swedish wines' names hold it, Skepparps Grand
        // Prix Mousserande Rosé against the still Grand Prix Rosé.)
        MatchingEngine engine = engine(
                LibraryWine.of("merlot", "Casillero del Diablo Merlot").withProducer("Concha y Toro").withColour("red"),
                LibraryWine.of("cordon", "Freixenet Cordon Negro Brut").withProducer("Freixenet"),
                LibraryWine.of("vitt", "Stora Boråkra Mousserande Brut").withProducer("Vingården Stora Boråkra"),
                LibraryWine.of("rott", "Porta 6 Branco").withProducer("Vidigal Wines"),
                LibraryWine.of("tinta", "Tinta de Toro").withProducer("Bodega Toro"));

        assertThat(engine.match("GLAS RÖTT Casillero Merlot").verdict()).isEqualTo(Verdict.YES);
        assertThat(engine.match("Freixenet Cordon Negro Brut GLAS VITT").verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void aNumberThatIsPartOfTheProducersName_isNotAVintageClaim() {
        // An independent label generator's finding: 1988 PIAN STIO was almost, 1988, for Pian di Stio, whose producer
        // is "Azienda Agricola San Salvatore 1988".
        MatchingEngine engine = engine(
                LibraryWine.of("stio", "San Salvatore Pian di Stio").withProducer("Azienda Agricola San Salvatore 1988")
                        .withVintage(2022),
                LibraryWine.of("other", "San Salvatore Trentenare").withProducer("Azienda Agricola San Salvatore 1988")
                        .withVintage(2023));

        Proposal proposal = engine.match("1988 PIAN STIO");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("stio");
    }

    @Test
    void aTwoDigitNumberAfterTheName_isAVintage_evenWhenTheProducersNameWritesIt() {
        // Review 2026-12-05: once a producer's number was no vintage claim, KRSTAC 13 (13. Jul - Plantaže) and IL
        // BRUNO DEI VESPA 14 (Futura 14) were YES for the 2022 and the 2020, where they were almost, fix 2013 and 2014:
        // a till's two digits after a name are its vintage; a founding year the label writes whole is the producer's.
        MatchingEngine engine = engine(
                LibraryWine.of("krstac", "Krstac").withProducer("13. Jul - Plantaze AD").withVintage(2022),
                LibraryWine.of("vranac", "Vranac Pro Corde").withProducer("13. Jul - Plantaze AD").withVintage(2020),
                LibraryWine.of("bruno", "Il Bruno dei Vespa").withProducer("Futura 14").withVintage(2020));

        Proposal krstac = engine.match("KRSTAC 13");
        assertThat(krstac.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(krstac.vintage()).hasValue(2013);
        Proposal bruno = engine.match("IL BRUNO DEI VESPA 14");
        assertThat(bruno.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(bruno.vintage()).hasValue(2014);
        assertThat(engine.match("KRSTAC 2022").verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void aPartialLabelWithAColour_namesTheWineOfThatColour() {
        MatchingEngine engine = engine(
                LibraryWine.of("rose", "GOSA Organic Rosé").withProducer("Bodegas Juan Gil").withVintage(2024),
                LibraryWine.of("monastrell", "GOSA Organic Selection Monastrell").withProducer("Bodegas Juan Gil")
                        .withVintage(2023));

        Proposal proposal = engine.match("GOSA RSE '22");

        assertThat(proposal.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(proposal.wineId()).contains("rose");
        assertThat(proposal.vintage()).hasValue(2022);
    }

    @Test
    void aShortWordWithTwoLettersSwapped_isFound() {
        MatchingEngine engine = engine(
                LibraryWine.of("tayet", "Château Tayet").withProducer("Château Tayet").withVintage(2019),
                LibraryWine.of("disisa", "Feudo Disisa Nero d'Avola").withProducer("Feudo Disisa").withVintage(2020),
                LibraryWine.of("margaux", "Château Margaux").withProducer("Château Margaux").withVintage(2015));

        Proposal tayet = engine.match("CH TAEYT '06");
        Proposal disisa = engine.match("FEUDO DIISSA NERO D'AVOLA 2014 BT");

        assertThat(tayet.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(tayet.wineId()).contains("tayet");
        assertThat(disisa.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(disisa.wineId()).contains("disisa");
    }

    @Test
    void aLetterDroppedInsideALongWord_isFound() {
        // Probes S and Z, (d) (fifteenth session): "TIGNANELO GLS", "Tattinger Brut Rés flaska", "EL COTEJO SAUVIGNON"
        // were NO, a bartender's dropped letter read as a likeness only.
        MatchingEngine engine = amongOthersWith("Toscana",
                LibraryWine.of("tignanello", "Tignanello").withProducer("Marchesi Antinori").withVintage(2022),
                LibraryWine.of("taittinger", "Taittinger Brut Réserve").withProducer("Taittinger"),
                LibraryWine.of("cortejo", "El Cortejo Sauvignon Blanc").withProducer("Nordic Sea Winery"));

        for (String label : List.of("TIGNANELO GLS", "TATTINGER BRUT RES", "EL COTEJO SAUVIGNON")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.verdict()).as(label + ": " + proposal.explanation().text()).isEqualTo(Verdict.YES);
        }
        assertThat(LabelQuery.withADroppedLetter("cotejo")).contains("cortejo").hasSize(26 * 5);
    }

    @Test
    void aLetterChangedInAWordOfFiveLettersOrMore_isFound() {
        // Probes S, U, V, X, Z and (d) (fifteenth session): "MONTELINA CAB 2019", "QUINTERELLI AMARONE 18", "TOM
        // CULLITY VADSE FELIX" were NO, a wrong letter read as a likeness only (0.6 of a word).
        MatchingEngine engine = amongOthersWith("Cabernet",
                LibraryWine.of("montelena", "Chateau Montelena Cabernet Sauvignon").withProducer("Chateau Montelena")
                        .withVintage(2019),
                LibraryWine.of("quintarelli", "Quintarelli Amarone della Valpolicella Classico")
                        .withProducer("Giuseppe Quintarelli").withVintage(2018),
                LibraryWine.of("cullity", "Vasse Felix Tom Cullity").withProducer("Vasse Felix"));

        for (String label : List.of("MONTELINA CAB 2019", "QUINTERELLI AMARONE 18", "TOM CULLITY VADSE FELIX")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.verdict()).as(label + ": " + proposal.explanation().text()).isEqualTo(Verdict.YES);
        }
        assertThat(LabelQuery.withALetterChanged("vadse")).contains("vasse").doesNotContain("vadse").hasSize(25 * 4);
    }

    @Test
    void aSlipInAWordThatSharesTrigramsWithAnotherWord_stillFindsTheWordOneSwapAway() {
        // VDAIO shares its trigram "aio" with Vaio, and none with Vadio: the slip was looked for only when trigrams
        // found nothing, so Vadio White was not even a candidate (POS-style set, seed 42).
        MatchingEngine engine = engine(
                LibraryWine.of("vadio", "Vadio White").withProducer("Vadio").withVintage(2022),
                LibraryWine.of("vaio", "Vaio Armaron Serego Alighieri Amarone").withProducer("Masi").withVintage(2017));

        Proposal proposal = engine.match("VDAIO WHITE VR");

        assertThat(first(proposal)).isEqualTo("vadio");
        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void aLastWordCutShortAfterASlip_isFound() {
        // CH LATOUR cut to LATOU, then two letters swapped.
        MatchingEngine engine = amongOthersWith("Château",
                LibraryWine.of("latour", "Château Latour").withProducer("Château Latour").withVintage(2015),
                LibraryWine.of("lagune", "Château La Lagune").withProducer("Château La Lagune").withVintage(2015));

        Proposal proposal = engine.match("CH LAOTU 2015");

        assertThat(first(proposal)).isEqualTo("latour");
        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void twoLettersEndingTheLabel_startTheWordTheTillCut() {
        // POS-style set: GOBELSBURG HE 23 BT, SYROCCO SY, DOM SANT'ARMETTU RU 18 were NO with "he", "sy", "ru" not
        // understood, although one wine of the producer has a word they start.
        MatchingEngine engine = amongOthersWith("Ried",
                LibraryWine.of("heiligenstein", "Gobelsburg Ried Heiligenstein").withProducer("Schloss Gobelsburg")
                        .withVintage(2023),
                LibraryWine.of("lamm", "Gobelsburg Ried Lamm").withProducer("Schloss Gobelsburg").withVintage(2023));

        Proposal proposal = engine.match("GOBELSBURG HE 23 BT");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("heiligenstein");
        assertThat(proposal.explanation().unknownWords()).isEmpty();
        // Two letters that start no word of the library stay not understood.
        assertThat(engine.match("GOBELSBURG QX 23").explanation().unknownWords()).containsExactly("qx");
    }

    @Test
    void twoLettersEndingTheLabel_doNotNameAWineWithoutAWordThatBringsItsRivalsIn() {
        // Reviewers' findings: two letters bring no wine into the candidates, so beside a soft, generic or common word
        // only (CH, AMARONE, QUINTA) the wine they happened to start was YES while its rivals were never scored; and a
        // grape, a place or a colour they start (BO of Bonterra beside CHARDONNAY, RO of Rouge beside SANCERRE) is no
        // word of the wine's own.
        List<LibraryWine> library = new ArrayList<>(List.of(
                LibraryWine.of("guiraud", "Chateau Guiraud").withProducer("Château Guiraud").withVintage(2014),
                LibraryWine.of("g", "G de Château Guiraud").withProducer("Château Guiraud").withVintage(2014),
                LibraryWine.of("bonterra", "Bonterra Chardonnay").withProducer("Bonterra").withVintage(2022),
                LibraryWine.of("sancerre", "Sancerre Rouge").withProducer("Domaine Vacheron").withVintage(2021),
                LibraryWine.of("rose", "Genus Rosé").withProducer("Bodegas Genus").withVintage(2023),
                LibraryWine.of("roble", "Genus Roble Cuvée").withProducer("Bodegas Genus").withVintage(2023),
                LibraryWine.of("quercus", "Quinta de Quercus").withProducer("Quercus Wines").withVintage(2021)));
        for (int i = 0; i < 60; i++) {
            library.add(LibraryWine.of("quinta-" + i, "Quinta Filler" + i).withProducer("Producer" + i));
            library.add(LibraryWine.of("chateau-" + i, "Château Other" + i).withProducer("Maison" + i));
        }
        // Listed after sixty other Quintas, it is not among the candidates the word alone brings.
        library.add(LibraryWine.of("queimas", "Quinta das Queimas").withProducer("Queimas Lda").withVintage(2020));
        MatchingEngine engine = MatchingEngine.builder().clock(CLOCK).build(library);

        assertThat(engine.match("CH GU 14").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("QUINTA QU").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("CHARDONNAY BO").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("SANCERRE RO").verdict()).isEqualTo(Verdict.NO);
        // Two letters do not name a colour (a till writes RSE or ROSE): GENUS RO is the Roble, not the Rosé, which won
        // for a name shorter by one word.
        assertThat(engine.match("GENUS RO BOUT").wineId()).isNotEqualTo(Optional.of("rose"));
        // Beside a rare word, they still read as a word the till cut.
        assertThat(engine.match("GENUS RO BOUT").wineId()).contains("roble");
    }

    @Test
    void aSlipThatLowersEveryScore_stillLeavesAnotherProducersWineOfTheSameNameARival() {
        // A reviewer's finding: POUILLY FUMME read "fumme" as fumé at 0.75, which put every producer's Pouilly-Fumé
        // under the threshold but the best one, so the label was YES while POUILLY FUME is NO.
        MatchingEngine engine = amongOthersWith("Sancerre",
                LibraryWine.of("perrieres", "Pouilly-Fumé").withProducer("Caves des Perrières").withVintage(2024),
                LibraryWine.of("blanches", "Pouilly-Fumé Domaine de Terres Blanches")
                        .withProducer("Domaine de Terres Blanches").withVintage(2024));

        assertThat(engine.match("POUILLY FUME").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("POUILLY FUMME").verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aCutFormOfAnAlias_standsForTheAliasesWord() {
        // POS-style set: "riserv" (riserva, read as reserve) was not understood, and "shi" (shiraz, read as syrah) found
        // no word: the library's names are written with the alias's word.
        MatchingEngine engine = amongOthersWith("Barolo",
                LibraryWine.of("riserva", "Barolo Vigna Le Rocche Riserva").withProducer("Azienda Agricola Falletto")
                        .withVintage(2016),
                LibraryWine.of("vigna", "Barolo Vigna Le Rocche").withProducer("Azienda Agricola Falletto")
                        .withVintage(2019),
                LibraryWine.of("shiraz", "Good Natured Shiraz").withProducer("Spier").withVintage(2022),
                LibraryWine.of("chenin", "Good Natured Chenin Blanc").withProducer("Spier").withVintage(2023));

        Proposal riserva = engine.match("FALLETTO BAROLO VIGNA LE ROCCHE RISERV 2016");
        Proposal shiraz = engine.match("GOOD NATURED SHI 22");

        assertThat(riserva.verdict()).isEqualTo(Verdict.YES);
        assertThat(riserva.wineId()).contains("riserva");
        assertThat(riserva.explanation().unknownWords()).isEmpty();
        assertThat(shiraz.verdict()).isEqualTo(Verdict.YES);
        assertThat(shiraz.wineId()).contains("shiraz");
    }

    @Test
    void aNonVintageLabel_prefersTheNonVintageWine() {
        MatchingEngine engine = engine(
                LibraryWine.of("nv", "Krone Borealis Cuvée Brut").withProducer("Twee Jonge Gezellen Estate"),
                LibraryWine.of("vintage", "Krone Borealis Vintage Cuvée Brut").withProducer("Twee Jonge Gezellen Estate")
                        .withVintage(2019));

        Proposal proposal = engine.match("KRONE BOREALIS CUVEE BRUT SA VERRE");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("nv");
    }

    @Test
    void aCuveeNumberOnTheLabel_rulesOutTheWineWithoutIt() {
        MatchingEngine engine = engine(
                LibraryWine.of("1685", "Boschendal 1685 Chardonnay").withProducer("Boschendal Estate").withVintage(2023),
                LibraryWine.of("plain", "Boschendal Chardonnay").withProducer("Boschendal Estate").withVintage(2023));

        Proposal proposal = engine.match("Boschendal 1685 Char 2023");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("1685");
    }

    @Test
    void aColourCode_rulesOutTheWineOfUnknownColour() {
        MatchingEngine engine = engine(
                LibraryWine.of("rose", "Domaine Comte Peraldi Rosé").withProducer("Domaine Comte Peraldi")
                        .withColour("rosé"),
                LibraryWine.of("domaine", "Domaine Comte Peraldi").withProducer("Domaine Comte Peraldi"));

        Proposal proposal = engine.match("DOM Comte Peraldi RSE");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("rose");
    }

    @Test
    void aLabelCutShort_ranksTheWineWhoseNameItBeginsFirst() {
        MatchingEngine engine = engine(
                LibraryWine.of("kamptal", "Waldschütz Kamptal Grüner Veltliner").withProducer("Weingut Waldschütz")
                        .withVintage(2021),
                LibraryWine.of("stangl", "Waldschütz Grüner Veltliner Ried Stangl").withProducer("Weingut Waldschütz")
                        .withVintage(2020));

        assertThat(first(engine.match("WALDSCHUTZ GRUNER VELTLI 20"))).isEqualTo("stangl");
        assertThat(first(engine.match("WALDSCHUTZ KAMPTAL GRUNER 21"))).isEqualTo("kamptal");
    }

    @Test
    void aLetterLeftOfACutWord_mustStartTheNextWordOfTheName() {
        MatchingEngine engine = engine(
                LibraryWine.of("sauvignon", "Galil Cabernet Sauvignon").withProducer("Galil Mountain Winery")
                        .withVintage(2021),
                LibraryWine.of("franc", "Galil Cabernet Franc").withProducer("Galil Mountain Winery")
                        .withVintage(2021));

        assertThat(first(engine.match("GALIL CABERNET F 21"))).isEqualTo("franc");
        assertThat(first(engine.match("GALIL CABERNET S 21"))).isEqualTo("sauvignon");
    }

    @Test
    void aLetterLeftOfACutWord_namesALittleOfARareWord() {
        // "Sauvignon" is common and "Franc" rare: leaving "Franc" unnamed would cost the Cabernet Franc more.
        MatchingEngine engine = amongOthersWith("Cabernet Sauvignon",
                LibraryWine.of("sauvignon", "Galil Cabernet Sauvignon").withProducer("Galil Mountain Winery")
                        .withVintage(2021),
                LibraryWine.of("franc", "Galil Cabernet Franc").withProducer("Galil Mountain Winery")
                        .withVintage(2021));

        assertThat(first(engine.match("GALIL CABERNET F 21"))).isEqualTo("franc");
    }

    @Test
    void aLetterLeftOfACutWord_thatStartsNoWordOfTheWine_isAWordTheWineLacks() {
        MatchingEngine engine = amongOthersWith("Champagne Brut",
                LibraryWine.of("rose", "Armand de Brignac Brut Rosé").withProducer("Armand de Brignac"),
                LibraryWine.of("plain", "Vranac").withProducer("Jul Estate").withVintage(2021),
                LibraryWine.of("pro-corde", "Vranac Pro Corde").withProducer("Jul Estate").withVintage(2020));

        Proposal gold = engine.match("ARMAND DE BRIGNAC BRUT G");
        Proposal rose = engine.match("ARMAND DE BRIGNAC BRUT R");

        assertThat(gold.verdict()).as(gold.explanation().text()).isEqualTo(Verdict.NO);
        assertThat(rose.wineId()).contains("rose");
        assertThat(first(engine.match("VRANAC P"))).isEqualTo("pro-corde");
    }

    @Test
    void aLetterLeftOfACutWord_mayStartAWordTheIndexDoesNotKeep() {
        MatchingEngine engine = amongOthersWith("Champagne Brut",
                LibraryWine.of("cuvee-s", "Simonnet-Febvre Brut Cuvée S").withProducer("Simonnet-Febvre"),
                LibraryWine.of("millesime", "Launay Millésime").withProducer("Champagne Launay"));

        assertThat(engine.match("SIMONNET FEBVRE CUVEE S").wineId()).contains("cuvee-s");
        assertThat(engine.match("LAUNAY M").wineId()).contains("millesime");
    }

    @Test
    void aLetterLeftOfACutWord_startsNoWordTheLabelAlreadyNamed() {
        // A wine named after its producer does not explain the letter with its producer's word; nor does a word the
        // index keeps under another form (Castello is "chateau") once the label has named it.
        MatchingEngine engine = amongOthersWith("Toscana",
                LibraryWine.of("opus", "Opus One").withProducer("Opus One"),
                LibraryWine.of("overture", "Opus One Overture").withProducer("Opus One"),
                LibraryWine.of("fonterutoli", "Castello Fonterutoli").withProducer("Castello di Fonterutoli"));

        assertThat(engine.match("OPUS ONE O").wineId()).contains("overture");
        assertThat(engine.match("CASTELLO FONTERUTOLI C").verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aLetterLeftOfACutWord_thatMayStartAnArticle_tellsNothing() {
        MatchingEngine engine = amongOthersWith("Piemonte",
                LibraryWine.of("alba", "Dolcetto d'Alba Gheppio").withProducer("Cantina Gheppio").withVintage(2023));

        assertThat(engine.match("GHEPPIO DOLCETTO D 24").verdict()).isEqualTo(Verdict.ALMOST);
    }

    @Test
    void aWineWhoseNameTheLabelDoesNotBegin_doesNotMakeItAmbiguous() {
        MatchingEngine engine = amongOthersWith("Champagne Brut",
                LibraryWine.of("brut", "Jean-Francois Launay Grain de Folie Brut")
                        .withProducer("Champagne Jean-Francois Launay"),
                LibraryWine.of("champagne", "Grain de Folie Champagne Jean-Francois Launay")
                        .withProducer("Champagne Jean-Francois Launay"));

        Proposal proposal = engine.match("JEAN-FRANCOIS LAUNAY GRAIN DE FOLIE BRUT");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("brut");
    }

    @Test
    void aLabelWithAVintage_prefersTheWineMadeInVintages() {
        MatchingEngine engine = amongOthersWith("Champagne Brut",
                LibraryWine.of("vintage", "Cuvée Louis Brut").withProducer("Stéphane Coquillette").withVintage(2014),
                LibraryWine.of("nv", "Cuvée Louis").withProducer("Elodie D."),
                LibraryWine.of("billecart", "Billecart-Salmon Cuvée Louis").withProducer("Billecart Salmon")
                        .withVintage(2009));

        Proposal proposal = engine.match("CUV LOUIS 14");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("vintage");
    }

    @Test
    void aWineOfAnotherColourThanTheLabelNames_isNeverProposed() {
        MatchingEngine engine = amongOthersWith("Rouge",
                LibraryWine.of("fiefs", "Domaine Vacheron Les Fiefs").withProducer("Domaine Vacheron")
                        .withColour("white"));

        Proposal red = engine.match("DOM VACHERON LES FIEFS ROUGE");

        assertThat(red.verdict()).isEqualTo(Verdict.NO);
        assertThat(first(red)).isEqualTo("fiefs");
        assertThat(red.explanation().text()).contains("colour");
        assertThat(engine.match("DOM VACHERON LES FIEFS").verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void aLabelNamingAnotherGrapeVariety_namesAnotherWine() {
        MatchingEngine engine = amongOthersWith("Pinot Noir",
                LibraryWine.of("chardonnay", "Long Meadow Ranch Anderson Valley Chardonnay")
                        .withProducer("Long Meadow Ranch").withVintage(2020),
                LibraryWine.of("cabernet", "Long Meadow Ranch Napa Valley Cabernet Sauvignon")
                        .withProducer("Long Meadow Ranch").withVintage(2019));

        Proposal pinot = engine.match("LONG MEADOW RANCH ANDERSON VALLEY PINOT NOIR VR");
        Proposal chardonnay = engine.match("LONG MEADOW RANCH ANDERSON VALLEY CHARDONNAY VR");

        assertThat(pinot.verdict()).isEqualTo(Verdict.NO);
        assertThat(chardonnay.verdict()).isEqualTo(Verdict.YES);
        assertThat(chardonnay.wineId()).contains("chardonnay");
        assertThat(chardonnay.explanation().agreed()).contains(Evidence.GRAPE);
    }

    @Test
    void aVarietyCutShortOrMistyped_namesThatVariety() {
        // Cashier labels (d), seed 7: with the Septembre Chardonnay held out, "Edouard Delaunay Septembre Chardo 22"
        // was a YES (0.71) for the house's Septembre Pinot Noir, CHARDO being no word the library knows.
        MatchingEngine engine = amongOthersWith("Chardonnay",
                LibraryWine.of("pinot", "Edouard Delaunay Septembre Pinot Noir").withProducer("Edouard Delaunay")
                        .withVintage(2022),
                LibraryWine.of("romain", "Edouard Delaunay Saint-Romain").withProducer("Edouard Delaunay")
                        .withVintage(2022));

        Proposal chardonnay = engine.match("Edouard Delaunay Septembre Chardo 22");
        Proposal mistyped = engine.match("Edouard Delaunay Septembre Chardonay 22");
        Proposal pinot = engine.match("Edouard Delaunay Septembre Pinot No 22");

        assertThat(chardonnay.verdict()).isEqualTo(Verdict.NO);
        assertThat(mistyped.verdict()).isEqualTo(Verdict.NO);
        assertThat(pinot.verdict()).isEqualTo(Verdict.YES);
        assertThat(pinot.wineId()).contains("pinot");
        // A word the library knows is no cut variety, though a variety starts with it: Viña Carmen is no Carmenère.
        MatchingEngine carmen = amongOthersWith("Merlot",
                LibraryWine.of("carmen", "Carmen Gran Reserva Cabernet Sauvignon").withProducer("Viña Carmen")
                        .withVintage(2021),
                LibraryWine.of("insigne", "Carmen Insigne").withProducer("Viña Carmen").withVintage(2021)
                        .withGrapes(List.of("Cabernet Sauvignon")));
        assertThat(carmen.match("CARMEN GRAN RES CABERNET SAUV 21").verdict()).isEqualTo(Verdict.YES);
        // (A review: the label above names Cabernet Sauvignon as the wine does, so a Carmenère read from CARMEN made no
        // conflict there; a wine whose name names no variety, and whose grapes lack Carmenère, tells.)
        Proposal insigne = carmen.match("CARMEN INSIGNE 21");
        assertThat(insigne.wineId()).contains("insigne");
        assertThat(insigne.explanation().disagreed()).doesNotContain(Evidence.GRAPE);
        // Nor is a word cut short of a library word that is no variety, though one letter from a variety (probe O).
        MatchingEngine guillon = amongOthersWith("Grillo",
                LibraryWine.of("fleurie", "Fleurie Roche Guillon").withProducer("Domaine de Fa").withVintage(2022)
                        .withGrapes(List.of("Gamay")));
        assertThat(guillon.match("FLEURIE ROCHE GUILLO").verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void aWordCutShortOfALibraryWordThatIsNoVariety_namesNoVariety() {
        // A review of the sixteenth session: on the Systembolaget library "CHASS MONTRACHET DROUHIN" (Chassagne cut by
        // the till) was YES, 0.79, before the cut-variety reading and NO after it: CHASS starts Chasselas, and the
        // wine's grapes (Chardonnay) lack it. MARSA of Marsannay (Marsanne), MUSCA of Muscadet (Muscat) alike.
        MatchingEngine engine = amongOthersWith("Chardonnay",
                LibraryWine.of("chassagne", "Chassagne-Montrachet Joseph Drouhin").withProducer("Joseph Drouhin")
                        .withVintage(2023).withGrapes(List.of("Chardonnay")),
                LibraryWine.of("chasselas", "Henri Cruchon En Roman Grand Cru Chasselas")
                        .withProducer("Domaine Henri Cruchon").withVintage(2022).withGrapes(List.of("Chasselas")),
                LibraryWine.of("marsannay", "Marsannay Rouge Clos du Roy").withProducer("Domaines Jean Fournier")
                        .withVintage(2022).withGrapes(List.of("Pinot noir")),
                LibraryWine.of("marsanne", "Tahbilk Museum Marsanne").withProducer("Tahbilk").withVintage(2022)
                        .withGrapes(List.of("Marsanne")));

        Proposal chassagne = engine.match("CHASS MONTRACHET DROUHIN");
        Proposal marsannay = engine.match("MARSA ROUGE CLOS DU ROY FOURNIER");

        assertThat(chassagne.verdict()).isEqualTo(Verdict.YES);
        assertThat(chassagne.wineId()).contains("chassagne");
        assertThat(marsannay.verdict()).isEqualTo(Verdict.YES);
        assertThat(marsannay.wineId()).contains("marsannay");
        // A cut that only the variety's words start still names it.
        assertThat(engine.match("TAHBILK MUSEUM MARSANN").wineId()).contains("marsanne");
    }

    @Test
    void anAucklandTillsSav_isSauvignon_andACutSavignyStill() {
        // Probe AA (sixteenth session): "Greywacke Wild Sav '22", "Yealands Reserve Sav" were NO, SAV alone being read
        // as a cut word only; a French label cut at a fixed width still leaves it of Savigny.
        MatchingEngine engine = amongOthersWith("Pinot Noir",
                LibraryWine.of("wild", "Greywacke Wild Sauvignon").withProducer("Greywacke Vineyards")
                        .withVintage(2022),
                LibraryWine.of("greywacke-pinot", "Greywacke Pinot Noir").withProducer("Greywacke Vineyards")
                        .withVintage(2022),
                LibraryWine.of("yealands", "Yealands Reserve Sauvignon Blanc").withProducer("Yealands Wines")
                        .withVintage(2023),
                LibraryWine.of("savigny", "Savigny-lès-Beaune Les Lavières").withProducer("Domaine Chandon de Briailles")
                        .withVintage(2021));

        Proposal wild = engine.match("Greywacke Wild Sav '22");
        Proposal reserve = engine.match("Yealands Reserve Sav");

        assertThat(wild.verdict()).isEqualTo(Verdict.YES);
        assertThat(wild.wineId()).contains("wild");
        assertThat(reserve.verdict()).isEqualTo(Verdict.YES);
        assertThat(reserve.wineId()).contains("yealands");
        assertThat(engine.match("CHANDON DE BRIAILLES LES LAVIERES SAV").wineId()).contains("savigny");
    }

    @Test
    void aVarietyTheWinesGrapesHold_countsForIt_whenItsNameNamesNone() {
        // Cross-source set (sixteenth session): "Fautor Höga Kusten Röd Merlot - Rara Neagră" was NO, 0.61, for Höga
        // Kusten Röd, a Merlot and Rara Neagră whose name says neither (here, on a small library, without the producer).
        MatchingEngine engine = amongOthersWith("Merlot",
                LibraryWine.of("roed", "Höga Kusten Röd").withProducer("Fautor").withVintage(2022)
                        .withGrapes(List.of("Merlot", "Rara neagra")),
                LibraryWine.of("brut", "Höga Kusten Brut").withProducer("Cricova S.A"));

        Proposal proposal = engine.match("Höga Kusten Röd Merlot Rara Neagra");

        assertThat(proposal.verdict()).as(proposal.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("roed");
        assertThat(proposal.explanation().agreed()).contains(Evidence.GRAPE);
    }

    @Test
    void sauvignonBlancAndCabernetSauvignon_areTwoVarieties() {
        // Read in X-Wines names against the Systembolaget library: the estate's Chardonnay was a YES (0.71) for its
        // Sauvignon Blanc, "sauvignon" alone naming no variety.
        MatchingEngine engine = amongOthersWith("Chardonnay",
                LibraryWine.of("chardonnay", "Montes Alpha Special Cuvée Chardonnay").withProducer("Montes")
                        .withVintage(2020),
                LibraryWine.of("cabernet", "Montes Alpha Cabernet Sauvignon").withProducer("Montes").withVintage(2021));

        Proposal sauvignonBlanc = engine.match("MONTES ALPHA SPECIAL CUVEE SAUVIGNON BLANC");
        Proposal cabernet = engine.match("MONTES ALPHA CABERNET SAUVIGNON 21");

        assertThat(sauvignonBlanc.verdict()).isEqualTo(Verdict.NO);
        assertThat(cabernet.verdict()).isEqualTo(Verdict.YES);
        assertThat(cabernet.wineId()).contains("cabernet");
        assertThat(cabernet.explanation().agreed()).contains(Evidence.GRAPE);
    }

    @Test
    void sauvignonWithAWhiteColourCode_isSauvignonBlanc() {
        // POS-style labels (seed 42): "OHH PAUL SAPIN SAUVIGNON BLC" was a YES (0.70) for the house's Syrah, the colour
        // code being no word and "sauvignon" alone naming no variety.
        MatchingEngine engine = amongOthersWith("Sauvignon Blanc",
                LibraryWine.of("syrah", "Ohh Paul Sapin Syrah").withProducer("Paul Sapin").withVintage(2023));

        Proposal blanc = engine.match("OHH PAUL SAPIN SAUVIGNON BLC");

        assertThat(blanc.verdict()).isEqualTo(Verdict.NO);
        assertThat(blanc.candidates()).extracting(Candidate::wineId).first().isEqualTo("syrah");
    }

    @Test
    void grunerVeltlinerWrittenGV_isTheGrunerVeltliner_notTheHousesRiesling() {
        // A Vienna Weinstube's labels (tenth session): "LOIMER GV KAMPTAL 1/8" was NO, the Riesling ranked first.
        MatchingEngine engine = amongOthersWith("Kamptal",
                LibraryWine.of("gv", "Loimer Kamptal Grüner Veltliner").withProducer("Weingut Loimer")
                        .withVintage(2023),
                LibraryWine.of("riesling", "Loimer Kamptal Riesling").withProducer("Weingut Loimer").withVintage(2023));

        Proposal gv = engine.match("LOIMER GV KAMPTAL 1/8");

        assertThat(gv.verdict()).isEqualTo(Verdict.YES);
        assertThat(gv.wineId()).contains("gv");
    }

    @Test
    void aWordBeforeDeThatTheWineLacks_namesAnotherWineOfTheHouse() {
        // POS-style seed 1 (tenth session): the second wines of estates the library holds were YES for the estate's
        // first wine ("ESPERANCE DE TROTANOY MOUIEX BTL" for Château Trotanoy, 0.73).
        // "Espérance" and "Chapelle" are words of other wines, as in a cellar, and weigh little.
        MatchingEngine engine = amongOthersWith("Espérance Chapelle",
                LibraryWine.of("trotanoy", "Château Trotanoy").withProducer("Etablissements Jean-Pierre Moueix")
                        .withVintage(2017),
                LibraryWine.of("ausone", "Château Ausone").withProducer("Château Ausone").withVintage(2021),
                LibraryWine.of("latour", "Pauillac de Latour").withProducer("Château Latour").withVintage(2020));

        Proposal second = engine.match("ESPERANCE DE TROTANOY MOUEIX BTL");

        assertThat(second.verdict()).isEqualTo(Verdict.NO);
        assertThat(second.explanation().note()).contains("another wine of the house (esperance");
        assertThat(engine.match("CHAPELLE D'AUSONE 21").verdict()).isEqualTo(Verdict.NO);
        // The wines themselves, and a name of the house's own with "de", are still named.
        assertThat(engine.match("CH TROTANOY 2017").wineId()).contains("trotanoy");
        assertThat(engine.match("PAUILLAC DE LATOUR 2020").wineId()).contains("latour");
        assertThat(engine.match("CH AUSONE 21").verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void aLabelNamingOnlyTheHouse_doesNotNameItsWineOfSoftWords() {
        // Tenth session: "POL ROGER", "BILLECART SALMON", "TAITTINGER", "PENFOLDS 75CL" were YES for the house's wine whose
        // name is the house and soft words only, so that the label seemed to name all of it and none of the others.
        MatchingEngine engine = amongOthersWith("Champagne Brut Blanc de Blancs Vintage",
                LibraryWine.of("vintage", "Pol Roger Brut Vintage").withProducer("Pol Roger").withVintage(2018),
                LibraryWine.of("reserve", "Pol Roger Brut Réserve").withProducer("Pol Roger"),
                LibraryWine.of("bdb", "Pol Roger Blanc de Blancs").withProducer("Pol Roger").withVintage(2016),
                LibraryWine.of("palmer", "Château Palmer").withProducer("Château Palmer").withVintage(2022),
                LibraryWine.of("alter", "Alter Ego de Palmer").withProducer("Château Palmer").withVintage(2021),
                // The house's other wines have a mention or a word of their own, which lowers their scores beyond the
                // margin: the label still names no one of them.
                LibraryWine.of("millesime", "Taittinger Brut Millésimé").withProducer("Taittinger").withVintage(2018),
                LibraryWine.of("taittinger-reserve", "Taittinger Brut Réserve").withProducer("Taittinger"),
                LibraryWine.of("nocturne", "Taittinger Nocturne").withProducer("Taittinger"));

        assertThat(engine.match("POL ROGER").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("TAITTINGER 75CL").explanation().note()).contains("names only the house");
        // A label naming the soft word names that wine; a label naming the house's estate word names its wine.
        assertThat(engine.match("POL ROGER VINTAGE 2018").wineId()).contains("vintage");
        assertThat(engine.match("PALMER 2022").wineId()).contains("palmer");
    }

    @Test
    void aLabelNamingOnlyTheHouseAndAFormat_namesTheHousesOnlyWineHeldInThatFormat() {
        // Probes AA and W, (b) seed 42 (sixteenth session): "VEUVE CLICQUOT MAG", "MOET & CHANDON 200ML", "PIPER
        // HEIDSIECK 1/2 BTL" were NO, "the label names only the house", though one wine of the house only is held in
        // the format (the rosé aside, which a till names).
        MatchingEngine engine = amongOthersWith("Champagne Brut",
                LibraryWine.of("brut-mag", "Veuve Clicquot Brut").withProducer("Veuve Clicquot").withVolumeMl(1500),
                LibraryWine.of("rose", "Veuve Clicquot Rosé").withProducer("Veuve Clicquot").withVolumeMl(750),
                LibraryWine.of("rich", "Veuve Clicquot Rich").withProducer("Veuve Clicquot").withVolumeMl(750),
                LibraryWine.of("piper", "Piper-Heidsieck Brut").withProducer("Piper-Heidsieck").withVolumeMl(375),
                LibraryWine.of("piper-rose", "Piper-Heidsieck Rosé Sauvage").withProducer("Piper-Heidsieck")
                        .withVolumeMl(375),
                LibraryWine.of("piper-essentiel", "Piper-Heidsieck Essentiel").withProducer("Piper-Heidsieck")
                        .withVolumeMl(750));

        Proposal magnum = engine.match("VEUVE CLICQUOT MAG");
        Proposal half = engine.match("PIPER HEIDSIECK 1/2 BTL");

        assertThat(magnum.verdict()).isEqualTo(Verdict.YES);
        assertThat(magnum.wineId()).contains("brut-mag");
        assertThat(half.verdict()).isEqualTo(Verdict.YES);
        assertThat(half.wineId()).contains("piper");
        // Without a format, or naming the rosé's colour, the label still names only the house.
        assertThat(engine.match("VEUVE CLICQUOT").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("PIPER HEIDSIECK RSE 1/2 BTL").wineId()).isNotEqualTo(Optional.of("piper"));
    }

    @Test
    void namesMadeOfTheProducersWordsOnly_areOneWineOnlyWhenNoWordNamesAWineOfItsOwn() {
        // A probe's Italian labels (tenth session): "ORNELLAIA 2022" was NO, "the library lists this wine more than
        // once", "Ornellaia" and "Masseto Ornellaia" (both by Ornellaia e Masseto) reducing to no word once the
        // producer's words were left out.
        MatchingEngine engine = amongOthersWith("Toscana",
                LibraryWine.of("ornellaia", "Ornellaia").withProducer("Ornellaia e Masseto").withVintage(2022),
                LibraryWine.of("masseto-ornellaia", "Masseto Ornellaia").withProducer("Ornellaia e Masseto")
                        .withVintage(2021),
                LibraryWine.of("masseto", "Masseto").withProducer("Ornellaia e Masseto").withVintage(2022),
                LibraryWine.of("potensac", "Château Potensac").withProducer("Château Potensac").withVintage(2018),
                LibraryWine.of("potensac-delon", "Château Potensac Domaines Delon").withProducer("Les Domaines Delon")
                        .withVintage(2018));

        Proposal ornellaia = engine.match("ORNELLAIA 2022");

        assertThat(ornellaia.verdict()).isEqualTo(Verdict.YES);
        assertThat(ornellaia.wineId()).contains("ornellaia");
        // The estate's listing under its owner's name, holding the same vintage, is still the same wine listed twice.
        assertThat(engine.match("CH POTENSAC 2018").explanation().note()).contains("more than once");
    }

    @Test
    void aNumberOfTheLabelThatIsNotTheWinesNumber_namesAnotherCuvee() {
        // A probe's Sydney bistro (tenth session): "penfolds bin 407 cab sav", a wine the cellar does not stock, was YES
        // for Penfolds Bin 707 Cabernet Sauvignon.
        MatchingEngine engine = amongOthersWith("Cabernet Sauvignon",
                LibraryWine.of("707", "Penfolds Bin 707 Cabernet Sauvignon").withProducer("Penfolds").withVintage(2019),
                LibraryWine.of("28", "Penfolds Bin 28 Shiraz").withProducer("Penfolds").withVintage(2023),
                LibraryWine.of("1900", "Van Volxem 1900 Brut").withProducer("Van Volxem").withVintage(2019));

        Proposal other = engine.match("PENFOLDS BIN 407 CAB SAV");

        assertThat(other.verdict()).isEqualTo(Verdict.NO);
        assertThat(other.explanation().note()).contains("number (407) is not the closest wine's (707)");
        assertThat(engine.match("PENFOLDS BIN 707 CAB SAV 19").wineId()).contains("707");
        // A number the till cut is the start of the wine's.
        assertThat(engine.match("VAN VOLXEM 190 BRUT").wineId()).contains("1900");
        // The wine's number is not named by the label's vintage when the label has a number of its own (probe AA's
        // Auckland bistro, sixteenth session: "Penfolds Bin 28 '23" was YES, 1.00, for Penfolds Bin 23).
        MatchingEngine bin23 = amongOthersWith("Shiraz",
                LibraryWine.of("23", "Penfolds Bin 23").withProducer("Penfolds").withVintage(2023),
                LibraryWine.of("707", "Penfolds Bin 707 Cabernet Sauvignon").withProducer("Penfolds").withVintage(2019));
        Proposal vintageOnly = bin23.match("Penfolds Bin 28 '23");
        assertThat(vintageOnly.verdict()).isEqualTo(Verdict.NO);
        assertThat(vintageOnly.explanation().note()).contains("number (28) is not the closest wine's (23)");
        assertThat(bin23.match("Penfolds Bin 23 '23").wineId()).contains("23");
    }

    @Test
    void aWineWhoseNameHasTheLabelsNumber_ranksBeforeOneWhoseNumberOnlyTheVintageNames() {
        // Probe AA (sixteenth session): with Penfolds Bin 28 Shiraz 2023 in the library, "Penfolds Bin 28 '23" was NO
        // (Bin 23 ranked first, its number named by the vintage), and "PENFOLDS BIN 28 2023" too, the parser dropping
        // two digits before a four-digit year (a review); "Penfolds Bin 28 2019" ranked Bin 707, held in 2019.
        MatchingEngine engine = amongOthersWith("Shiraz",
                LibraryWine.of("23", "Penfolds Bin 23").withProducer("Penfolds").withVintage(2023),
                LibraryWine.of("28", "Penfolds Bin 28 Shiraz").withProducer("Penfolds").withVintage(2023),
                LibraryWine.of("707", "Penfolds Bin 707 Cabernet Sauvignon").withProducer("Penfolds").withVintage(2019));

        for (String label : List.of("Penfolds Bin 28 '23", "PENFOLDS BIN 28 2023")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.verdict()).as(label + ": " + proposal.explanation().text()).isEqualTo(Verdict.YES);
            assertThat(proposal.wineId()).as(label).contains("28");
        }
        Proposal otherVintage = engine.match("Penfolds Bin 28 2019");
        assertThat(otherVintage.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(otherVintage.wineId()).contains("28");
        assertThat(otherVintage.vintage()).hasValue(2019);
    }

    @Test
    void aYearLikeNumberAmidTheLabelsWords_isStillTheWinesNumber() {
        // A review of the sixteenth session: once the label's vintage named no number of the wine, a wine whose
        // number reads as a year lost it to any other number of the label: on the Systembolaget library "19 CRIMES
        // RED 187" (a 187 ml split), "45 19 CRIMES HARD CHARD" (a list's bin number) and "CRICOVA 1952 BRUT ALB 2"
        // became NO, "the label's number (187) is not the closest wine's (19)"; all three were YES.
        MatchingEngine engine = amongOthersWith("Shiraz",
                LibraryWine.of("red", "19 Crimes Red Wine").withProducer("19 Crimes").withVintage(2024),
                LibraryWine.of("chard", "19 Crimes Hard Chard").withProducer("19 Crimes"),
                LibraryWine.of("cricova", "Cricova 1952 Brut Alb").withProducer("Cricova S.A"),
                LibraryWine.of("23", "Penfolds Bin 23").withProducer("Penfolds").withVintage(2023));

        assertThat(engine.match("19 CRIMES RED 187").wineId()).contains("red");
        assertThat(engine.match("45 19 CRIMES HARD CHARD").wineId()).contains("chard");
        assertThat(engine.match("CRICOVA 1952 BRUT ALB 2").wineId()).contains("cricova");
        // A vintage that ends the label names no number of the wine (probe AA's Auckland bistro).
        assertThat(engine.match("Penfolds Bin 28 '23").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("PENFOLDS BIN 28 23").verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aCuveeNumberWrittenWithoutItsLeadingZeros_isTheWinesNumber() {
        // Review (tenth session): "OPEN SEA 46 YANN BERTRAND" was NO, "the label's number (46) is not the closest
        // wine's (046)", for the stocked OPEN SEA 046; "8 VIDIANO ANEMOMILIA" the same for 008 Vidiano Anemomilia.
        MatchingEngine engine = amongOthersWith("Vidiano",
                LibraryWine.of("046", "OPEN SEA 046 Yann Bertrand").withProducer("Yann Bertrand").withVintage(2022),
                LibraryWine.of("008", "008 Vidiano Anemomilia").withProducer("Lyrarakis Wines").withVintage(2022),
                LibraryWine.of("707", "Penfolds Bin 707 Cabernet Sauvignon").withProducer("Penfolds")
                        .withVintage(2019));

        assertThat(engine.match("OPEN SEA 46 YANN BERTRAND").wineId()).contains("046");
        assertThat(engine.match("8 VIDIANO ANEMOMILIA").wineId()).contains("008");
        // Another number is still another cuvée, its zeros aside.
        Proposal other = engine.match("PENFOLDS BIN 0407 CAB SAV");
        assertThat(other.verdict()).isEqualTo(Verdict.NO);
        assertThat(other.explanation().note()).contains("number (0407) is not the closest wine's (707)");
    }

    @Test
    void aBlancDeNoirsOrAGranReserva_isNotTheHousesWineNamedOtherwise() {
        // POS-style seed 1 (tenth session), wines held out: "GARDET BLC DE NOIRS PREMIER CRU GARDET & CIE" was YES for
        // Gardet Brut Reserve Premier Cru, "VIÑA PEDROSA GRAN RES '18" for Viña Pedrosa Reserva.
        MatchingEngine engine = amongOthersWith("Champagne Brut Reserva Premier Cru Blanc de Noirs",
                LibraryWine.of("gardet", "Gardet Brut Reserve Premier Cru").withProducer("Gardet & Cie"),
                LibraryWine.of("pedrosa", "Viña Pedrosa Reserva").withProducer("Hermanos Pérez Pascuas")
                        .withVintage(2018));

        assertThat(engine.match("GARDET BLC DE NOIRS PREMIER CRU").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("GARDET BRUT RES PREMIER CRU").wineId()).contains("gardet");
        Proposal gran = engine.match("VIÑA PEDROSA GRAN RES '18");
        assertThat(gran.verdict()).isEqualTo(Verdict.NO);
        assertThat(gran.explanation().note()).contains("gran reserva");
        assertThat(engine.match("VIÑA PEDROSA RES '18").wineId()).contains("pedrosa");
    }

    @Test
    void aGrandCruBesideAReserve_isNoGranReserva() {
        // Review (tenth session): "PIERRE PETERS CUVEE DE RESERVE GC", a grand cru blanc de blancs, was NO, "the label
        // names a gran reserva, the closest wine a reserva", for the stocked Pierre Peters Cuvée de Réserve: the grand of
        // its grand cru was read with the reserve as a gran reserva.
        MatchingEngine engine = amongOthersWith("Champagne Brut Reserva Premier Cru",
                LibraryWine.of("peters", "Pierre Peters Cuvée de Réserve").withProducer("Pierre Peters"),
                LibraryWine.of("pedrosa", "Viña Pedrosa Reserva").withProducer("Hermanos Pérez Pascuas")
                        .withVintage(2018));

        assertThat(engine.match("PIERRE PETERS CUVEE DE RESERVE GC").wineId()).contains("peters");
        assertThat(engine.match("PIERRE PETERS GRAND CRU RESERVE").wineId()).contains("peters");
        assertThat(engine.match("VIÑA PEDROSA GR RVA 18").explanation().note()).contains("gran reserva");
    }

    @Test
    void espumanteIsAMention_soALabelOfItAndSoftWordsNamesNoWine() {
        // Cashier seed 7 (tenth session): once BRUTO read as brut, "* ESPUMANTE BRUT RSE", a Brazilian wine the cellar
        // does not stock, was YES for Espumante Murganheira Rosé Bruto.
        MatchingEngine engine = amongOthersWith("Vinho Verde",
                LibraryWine.of("murganheira", "Espumante Murganheira Rosé Bruto").withProducer("Murganheira")
                        .withVintage(2020));

        assertThat(engine.match("* ESPUMANTE BRUT RSE").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("MURGANHEIRA ESPUMANTE ROSE BRUTO").wineId()).contains("murganheira");
    }

    @Test
    void aLabelWordOfTheProducersInitials_namesThatProducer() {
        // Probes of a Vienna Weinstube and a German Gasthaus (tenth session): "JJ PRÜM WEHLENER SONNENUHR KAB. 21" was NO,
        // JJ not read as Joh. Jos.; without the surname the initials alone tell two producers' Kabinett apart.
        MatchingEngine engine = amongOthersWith("Riesling Mosel",
                LibraryWine.of("jj", "Wehlener Sonnenuhr Riesling Kabinett").withProducer("Joh. Jos. Prüm")
                        .withVintage(2021),
                LibraryWine.of("loosen", "Wehlener Sonnenuhr Riesling Kabinett").withProducer("Dr. Loosen")
                        .withVintage(2021));

        Proposal initials = engine.match("JJ WEHLENER SONNENUHR KAB 21");

        assertThat(initials.verdict()).isEqualTo(Verdict.YES);
        assertThat(initials.wineId()).contains("jj");
        assertThat(initials.explanation().agreed()).contains(Evidence.PRODUCER);
        assertThat(initials.explanation().unknownWords()).doesNotContain("jj");
        // Letters that begin no run of the producer's words are no initials: the label fits both wines.
        assertThat(engine.match("XY WEHLENER SONNENUHR KAB 21").verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void theBottles75OrAGlassSizeBeforeTheYear_isNoCuveeNumber() {
        // A review of the sixteenth session (Systembolaget library): once two digits before a four-digit year were the
        // wine's number, "ALTACIMA 4.090 CARMENERE RESERVA 75 2017" and "GL 15 …" were NO ("the label's number (75) is
        // not the closest wine's (4.090)": a label cannot write the name's 4.090), and "SAUVIGNON GRIS 75 2021", a
        // label naming only a grape variety, a wrong YES for Château Carsin's Sauvignon Gris.
        MatchingEngine engine = amongOthersWith("Reserva",
                LibraryWine.of("altacima", "AltaCima 4.090 Carmenere Reserva").withProducer("Viña AltaCima")
                        .withVintage(2017),
                LibraryWine.of("carsin", "Sauvignon Gris").withProducer("Ch. Carsin").withVintage(2021),
                LibraryWine.of("other-gris", "Domaine X Sauvignon Gris").withProducer("Domaine X").withVintage(2021));

        for (String label : List.of("ALTACIMA 4.090 CARMENERE RESERVA 75 2017", "GL 15 ALTACIMA 4.090 CARMENERE RESERVA 2017")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.verdict()).as(label + ": " + proposal.explanation().text()).isEqualTo(Verdict.YES);
            assertThat(proposal.wineId()).contains("altacima");
        }
        Proposal grapeOnly = engine.match("SAUVIGNON GRIS 75 2021");
        assertThat(grapeOnly.verdict()).as(grapeOnly.explanation().text()).isEqualTo(Verdict.NO);
    }

    @Test
    void aLibrarysMtOrSav_isTheWordItStandsFor() {
        // A review of the sixteenth session: once a label's MT was read both ways, the library's "Calera Mt Harlan"
        // stayed "mt", and "CALERA MOUNT HARLAN CHARDONNAY 2021" became NO. The library's Mira Sav Blanc is a Sauvignon
        // Blanc as well ((b) seed 42: "MIRA SAV B"; probe W: "Mira Sauvignon 0,15" was NO).
        MatchingEngine engine = amongOthersWith("Chardonnay",
                LibraryWine.of("calera", "Calera Mt Harlan Chardonnay").withProducer("Calera Wine Company")
                        .withVintage(2021),
                LibraryWine.of("eden", "Mount Eden Estate Chardonnay").withProducer("Mount Eden Vineyards")
                        .withVintage(2021),
                LibraryWine.of("mira", "Mira Sav Blanc").withProducer("MIRA s.r.o.").withVintage(2024));

        for (String label : List.of("CALERA MOUNT HARLAN CHARDONNAY 2021", "CALERA MT HARLAN CHARDONNAY 2021",
                "MT EDEN CHARD 2021", "Mira Sauvignon 0,15", "MIRA SAV BLANC")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.verdict()).as(label + ": " + proposal.explanation().text()).isEqualTo(Verdict.YES);
        }
        assertThat(engine.match("CALERA MOUNT HARLAN CHARDONNAY 2021").wineId()).contains("calera");
    }

    @Test
    void twoLettersThatAreATillsShorthandToo_stayTheProducersInitials() {
        // A review of the sixteenth session: once MT read as mount, SV as single vineyard and CF as Cabernet Franc
        // only, "MT SANGRE DE TORO RESERVA" (Miguel Torres), "SV EN CRECHES PAQUET" (Saint-Véran) and "CF FIGEAC" were
        // NO. They are read both ways.
        MatchingEngine engine = amongOthersWith("Reserva",
                LibraryWine.of("sangre", "Sangre de Toro Reserva Organic").withProducer("Miguel Torres")
                        .withVintage(2021),
                LibraryWine.of("sangre-garnacha", "Sangre de Toro Organic Garnacha").withProducer("Miguel Torres SA")
                        .withVintage(2022),
                LibraryWine.of("creches", "Saint-Véran En Crèches").withProducer("Domaine Famille Paquet")
                        .withVintage(2022),
                LibraryWine.of("mount", "Mount Mary Chardonnay").withProducer("Mount Mary").withVintage(2016),
                LibraryWine.of("garzon", "Bodega Garzón Single Vineyard Albariño").withProducer("Bodega Garzón")
                        .withVintage(2023),
                LibraryWine.of("figeac", "Château Figeac").withProducer("Château Figeac").withVintage(2019),
                LibraryWine.of("cepillo", "Gran Enemigo Single Vineyard El Cepillo Cabernet Franc")
                        .withProducer("Enemigo Wines").withVintage(2019),
                LibraryWine.of("gualtallary", "Gran Enemigo Single Vineyard Gualtallary Cabernet Franc")
                        .withProducer("Enemigo Wines").withVintage(2019));

        for (String label : List.of("MT SANGRE DE TORO RESERVA", "SV EN CRECHES PAQUET", "Mt Mary Chardonnay '16",
                "ALBARINO GARZON SV", "CF FIGEAC", "GRAN ENEMIGO EL CEPILLO CF")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.verdict()).as(label + ": " + proposal.explanation().text()).isEqualTo(Verdict.YES);
        }
    }

    @Test
    void threeInitials_mayBeginTheProducersArticleToo() {
        // Probes Q and R (thirteenth session): "ABC HILDEGARD 2022" was NO, the index dropping the "Au" of Au Bon
        // Climat. Two letters are not read so: "DB" is a word of De Bortoli DB Chardonnay, not every De Bortoli wine's.
        MatchingEngine engine = amongOthersWith("Chardonnay",
                LibraryWine.of("hildegard", "Au Bon Climat Hildegard").withProducer("Au Bon Climat").withVintage(2022),
                LibraryWine.of("keller", "Hildegard Riesling").withProducer("Weingut Keller").withVintage(2022),
                LibraryWine.of("db", "De Bortoli DB Chardonnay").withProducer("De Bortoli Wines"));

        Proposal abc = engine.match("ABC HILDEGARD 2022");

        assertThat(abc.wineId()).as(abc.explanation().text()).hasValue("hildegard");
        assertThat(abc.explanation().agreed()).contains(Evidence.PRODUCER);
        assertThat(abc.explanation().unknownWords()).doesNotContain("abc");
        WineIndex index = WineIndex.build(List.of(
                LibraryWine.of("selection", "De Bortoli Family Selection Brut Cuvée").withProducer("De Bortoli Wines")));
        assertThat(FamilyScorer.producerInitials("db", index.families[0], index)).isZero();
        assertThat(FamilyScorer.producerInitials("dbw", index.families[0], index)).isNotZero();
    }

    @Test
    void fourInitials_nameAProducerOfFourWords() {
        // Probe T (fourteenth session): "CVNE Monopole Blanco 22" was NO (0.34), CVNE not read as the initials of
        // Compañía Vinícola del Norte de España, whose brand the library writes Cune.
        MatchingEngine engine = amongOthersWith("Blanco",
                LibraryWine.of("cune", "Cune Monopole Blanco Seco").withProducer("Compañia Vinicola del Norte de España")
                        .withVintage(2022),
                LibraryWine.of("tart", "Clos de Tart Grand Cru Monopole").withProducer("Clos de Tart").withVintage(2022));

        Proposal cvne = engine.match("CVNE Monopole Blanco 22");

        assertThat(cvne.verdict()).as(cvne.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(cvne.wineId()).contains("cune");
        assertThat(cvne.explanation().unknownWords()).doesNotContain("cvne");
    }

    @Test
    void twoInitials_nameTwoWordsOfTheWinesName() {
        // Probes O, X, Y (fifteenth session): "VILLA MARIA PB SAV BLANC" (Private Bin), "GL ADELSHEIM WV PINOT"
        // (Willamette Valley) were NO, their initials not understood.
        MatchingEngine engine = amongOthersWith("Sauvignon Blanc",
                LibraryWine.of("pb", "Villa Maria Private Bin Sauvignon Blanc").withProducer("Villa Maria Estate")
                        .withVintage(2025),
                LibraryWine.of("cellar", "Villa Maria Cellar Selection Sauvignon Blanc")
                        .withProducer("Villa Maria Estate").withVintage(2025),
                LibraryWine.of("jacobs", "Jacob's Creek Organic Shiraz Cabernet").withProducer("Vinarchy")
                        .withVintage(2024),
                LibraryWine.of("chenet", "JP Chenet Cabernet-Syrah").withProducer("Les Grands Chais de France")
                        .withVintage(2024),
                LibraryWine.of("monastrell", "Parajes del Valle Monastrell").withProducer("Parajes del Valle")
                        .withVintage(2024),
                LibraryWine.of("orange", "Parajes Macabeo Orange").withProducer("Parajes del Valle").withVintage(2025));

        Proposal privateBin = engine.match("VILLA MARIA PB SAV BLANC");
        // Initials stand for words: the "JP" of JP Chenet is none. (Nor, since a review, does JC alone name Jacob's
        // Creek: initials before only grapes name no wine, "HB RIESLING" below.)
        Proposal jacobs = engine.match("GL JC SHIRAZ CAB");
        // Two letters ending the label are a word the till cut as often: MO is the Monastrell's, not Macabeo Orange.
        Proposal monastrell = engine.match("PARAJES DEL VALLE MO 2024");

        assertThat(privateBin.verdict()).as(privateBin.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(privateBin.wineId()).contains("pb");
        assertThat(privateBin.explanation().unknownWords()).doesNotContain("pb");
        // The name's initials agree on the cuvée, not on the producer (a review).
        MatchingEngine awatere = amongOthersWith("Sauvignon Blanc",
                LibraryWine.of("awatere", "Awatere Private Bin Sauvignon Blanc").withProducer("Villa Maria Estate"),
                LibraryWine.of("cellar", "Awatere Cellar Selection Sauvignon Blanc")
                        .withProducer("Villa Maria Estate"));
        Proposal initialsOfTheName = awatere.match("AWATERE PB SAUV BLANC");
        assertThat(initialsOfTheName.wineId()).as(initialsOfTheName.explanation().text()).contains("awatere");
        assertThat(initialsOfTheName.explanation().agreed()).contains(Evidence.CUVEE)
                .doesNotContain(Evidence.PRODUCER);
        assertThat(jacobs.wineId()).as(jacobs.explanation().text()).isNotEqualTo(Optional.of("chenet"));
        assertThat(monastrell.wineId()).as(monastrell.explanation().text()).isNotEqualTo(Optional.of("orange"));
        assertThat(first(monastrell)).isEqualTo("monastrell");
    }

    @Test
    void twoLetters_areNoInitialsOfAWordTheLabelNamesOrOfAWordTheyStart() {
        // Review of the fifteenth session: read as initials of the name, "BR" of BANFI BR MONTALCINO (Brunello) was
        // Banfi Rosso (di Montalcino), the label's own Banfi counted a second time; "HE" of PIPER HE BRUT (a cut
        // Heidsieck) was Piper-Heidsieck Essentiel Blanc de Blancs.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("rosso", "Banfi Rosso di Montalcino").withProducer("Castello Banfi").withColour("red"),
                LibraryWine.of("brunello", "Banfi Brunello di Montalcino").withProducer("Castello Banfi")
                        .withColour("red").withVintage(2019),
                LibraryWine.of("brunello-mag", "Banfi Brunello di Montalcino").withProducer("Castello Banfi")
                        .withColour("red").withVintage(2018).withVolumeMl(1500),
                LibraryWine.of("essentiel", "Piper-Heidsieck Essentiel Blanc de Blancs")
                        .withProducer("Piper Heidsieck"),
                LibraryWine.of("piper", "Piper-Heidsieck Brut").withProducer("Piper Heidsieck"),
                LibraryWine.of("piper-vintage", "Piper Heidsieck Vintage").withProducer("Piper Heidsieck")
                        .withVintage(2014),
                LibraryWine.of("pb", "Villa Maria Private Bin Sauvignon Blanc").withProducer("Villa Maria Estate"),
                LibraryWine.of("cellar", "Villa Maria Cellar Selection Sauvignon Blanc")
                        .withProducer("Villa Maria Estate"));

        for (String label : List.of("BANFI BR MONTALCINO", "PIPER HE BRUT")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.wineId()).as(label + ": " + proposal.explanation().text())
                    .isNotIn(Optional.of("rosso"), Optional.of("essentiel"));
        }
        // Initials of words the label does not name otherwise, and that they do not start, are still read.
        Proposal privateBin = engine.match("VILLA MARIA PB SAV BLANC");
        assertThat(privateBin.wineId()).as(privateBin.explanation().text()).contains("pb");
    }

    @Test
    void twoLettersBeforeOnlyAGrapeVariety_nameNoWineByItsInitials() {
        // Review of the fifteenth session: a till's code before a grape ("HB", a half bottle; "MG", a magnum) was read
        // as initials of a name: HB RIESLING was yes for Hans Baer Riesling Trocken, MG PINOT NOIR for Marrenon Les
        // Grains Pinot Noir. Initials tell a house's wines apart ("VILLA MARIA PB"); they name no wine alone.
        MatchingEngine engine = amongOthersWith("Riesling",
                LibraryWine.of("baer", "Hans Baer Riesling Trocken").withProducer("Weinkellerei Hechtsheim")
                        .withColour("white"),
                LibraryWine.of("grains", "Marrenon Les Grains Pinot Noir").withProducer("Marrenon").withColour("red"),
                LibraryWine.of("other-pn", "Bread & Butter Pinot Noir").withProducer("Bread & Butter Wines")
                        .withColour("red"));

        for (String label : List.of("HB RIESLING", "MG PINOT NOIR")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.verdict()).as(label + ": " + proposal.explanation().text()).isEqualTo(Verdict.NO);
        }
    }

    @Test
    void aLabelNamingOnlyAGrapeVariety_isNo() {
        // Labels of another catalogue's wines: MALBEC 2019 was ALMOST "Q Malbec" (its single letter is no word), the
        // one library wine whose name is all the label says.
        MatchingEngine engine = amongOthersWith("Malbec",
                LibraryWine.of("q", "Q Malbec").withProducer("Quarisa Wines").withVintage(2022),
                LibraryWine.of("catena", "Catena Malbec").withProducer("Bodega Catena Zapata").withVintage(2021),
                LibraryWine.of("gruner", "Grüner Veltliner").withProducer("Weingut Hirsch").withVintage(2022),
                LibraryWine.of("nero", "Nero d'Avola").withProducer("Cusumano").withVintage(2022));

        Proposal variety = engine.match("MALBEC 2019");

        assertThat(variety.verdict()).isEqualTo(Verdict.NO);
        assertThat(variety.explanation().note()).contains("only a grape variety");
        assertThat(engine.match("PINOT GRIGIO VR").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("GRUNER VELTLINER 22").explanation().note()).contains("only a grape variety");
        // A part of a variety's name alone, or beside a cuvée number, is no label of a grape only.
        assertThat(engine.match("NERO 21").explanation().note()).doesNotContain("grape");
        assertThat(engine.match("1865 MALBEC").explanation().note()).doesNotContain("grape");
        assertThat(engine.match("NERO D AVOLA").explanation().note()).contains("only a grape variety");
        assertThat(engine.match("CATENA MALBEC 21").wineId()).contains("catena");
        // A variety typed with a slip, which the matcher reads as the variety, is no more a wine's name.
        assertThat(engine.match("MALEBC RGE 2018").explanation().note()).contains("only a grape variety");
        assertThat(engine.match("MALLBEC 2019").explanation().note()).contains("only a grape variety");
    }

    @Test
    void aPlaceThatIsAlsoAGrapesOtherName_isNotAGrape() {
        MatchingEngine engine = engine(LibraryWine.of("anayon", "Anayón Garnacha").withProducer("Grandes Vinos")
                .withAppellation("Cariñena").withVintage(2019));

        Proposal proposal = engine.match("ANAYON CARINENA 2019");

        assertThat(proposal.explanation().disagreed()).doesNotContain(Evidence.GRAPE);
        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
    }

    @Test
    void aSingleLetterColourCode_mayBeTheNamesInitial() {
        MatchingEngine engine = engine(LibraryWine.of("r", "R de Rieussec").withProducer("Château Rieussec")
                .withColour("white").withVintage(2019));

        Proposal proposal = engine.match("R DE RIEUSSEC 2019");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("r");
    }

    @Test
    void sansAnneeFollowedByBrut_stillPrefersTheNonVintageWine() {
        MatchingEngine engine = engine(
                LibraryWine.of("cuvee", "Laurent-Perrier La Cuvée Brut").withProducer("Laurent-Perrier"),
                LibraryWine.of("millesime", "Laurent-Perrier Brut Millésimé").withProducer("Laurent-Perrier")
                        .withVintage(2015));

        Proposal proposal = engine.match("LAURENT PERRIER SA BRUT");

        assertThat(proposal.wineId()).isNotEqualTo(Optional.of("millesime"));
    }

    @Test
    void aGrapeSynonym_isTheSameVariety() {
        LibraryWine syrah = LibraryWine.of("syrah", "Koonunga Hill Syrah").withProducer("Penfolds").withVintage(2022);
        LibraryWine chardonnay = LibraryWine.of("chardonnay", "Koonunga Hill Chardonnay").withProducer("Penfolds")
                .withVintage(2022);

        Proposal ofSyrah = engine(syrah).match("KOONUNGA HILL SHIRAZ 22");
        Proposal ofChardonnay = engine(chardonnay).match("KOONUNGA HILL SHIRAZ 22");

        assertThat(ofSyrah.explanation().disagreed()).doesNotContain(Evidence.GRAPE);
        assertThat(ofSyrah.verdict()).isEqualTo(Verdict.YES);
        assertThat(ofChardonnay.verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aFormatOnTheLabel_ranksTheWineTheLibraryHoldsInItFirst() {
        MatchingEngine engine = engine(
                LibraryWine.of("bottle", "Baron de Ley Reserva").withProducer("Baron de Ley").withVintage(2021)
                        .withVolumeMl(750),
                LibraryWine.of("magnum", "Baron de Ley Reserva Magnum").withProducer("Baron de Ley").withVintage(2018)
                        .withVolumeMl(1500));

        assertThat(first(engine.match("BARON DE LEY RESERVA MAGNUM 18"))).isEqualTo("magnum");
        assertThat(first(engine.match("BARON DE LEY RESERVA 21"))).isEqualTo("bottle");
    }

    @Test
    void twoUnknownLettersEndingTheLabel_mustStartTheNextWordOfTheName() {
        MatchingEngine engine = amongOthersWith("Champagne Grand Cru Brut",
                LibraryWine.of("tradition", "Serge Pierlot Brut Tradition Grand Cru")
                        .withProducer("Champagne Serge Pierlot"),
                LibraryWine.of("prestige", "Serge Pierlot Brut Prestige").withProducer("Champagne Serge Pierlot")
                        .withVintage(2013));

        assertThat(first(engine.match("CHAMPAGNE SERGE PIERLOT BRUT TR"))).isEqualTo("tradition");
        assertThat(first(engine.match("SERGE PIERLOT BRUT PR"))).isEqualTo("prestige");
    }

    @Test
    void aSoftWordOfTheLabel_countsForTheWineThatHasIt() {
        MatchingEngine engine = amongOthersWith("Le Mesnil Champagne",
                LibraryWine.of("krug", "Krug").withProducer("Krug").withVintage(2011),
                LibraryWine.of("clos", "Krug Clos du Mesnil").withProducer("Krug").withVintage(2008));

        assertThat(first(engine.match("KRUG CLOS VERRE 12CL"))).isEqualTo("clos");
        assertThat(first(engine.match("KRUG VERRE 12CL"))).isEqualTo("krug");
    }

    @Test
    void aSoftWordAlone_doesNotMakeTheProducerAgree() {
        MatchingEngine engine = engine(LibraryWine.of("hbl", "Château Haut Breton Larigaudière Margaux")
                .withProducer("Château Haut Breton Larigaudière").withVintage(2009));

        Proposal proposal = engine.match("CH MARGAUX 15 BTL");

        assertThat(proposal.explanation().agreed()).doesNotContain(Evidence.PRODUCER);
    }

    @Test
    void aBeersBottleOrCan_namesNoWineThatIsNotHeldInIt() {
        // Probe AC (sixteenth session): a Marrakech till's beer "CASABLANCA 33CL" was YES (0.67) for Costa Casablanca
        // Pinot Noir, its format "disagreed" only.
        MatchingEngine engine = amongOthersWith("Pinot Noir",
                LibraryWine.of("casablanca", "Costa Casablanca Pinot Noir").withProducer("Talagante")
                        .withVintage(2025),
                LibraryWine.of("can", "Underwood Rosé Can").withProducer("Union Wine").withVolumeMl(330));

        Proposal beer = engine.match("CASABLANCA 33CL");

        assertThat(beer.verdict()).isEqualTo(Verdict.NO);
        assertThat(beer.explanation().note()).contains("330 ml");
        // A wine held in that can is still named so.
        assertThat(engine.match("UNDERWOOD ROSE CAN 33CL").wineId()).contains("can");
    }

    @Test
    void aWinesNumberBeforeATillsCl75_isNoBeersBottle() {
        // A review of the sixteenth session: "VICARA LA ROCCA 33 CL 75", its 75 cl written after the unit (as in "2019
        // CL 75"), read 33 cl, became NO for La Rocca 33 ("a beer's or a soft drink's bottle (330 ml)").
        MatchingEngine engine = amongOthersWith("Rosso",
                LibraryWine.of("rocca", "La Rocca 33").withProducer("Vicara").withVintage(2017),
                LibraryWine.of("other", "La Rocca Rosso").withProducer("Other House").withVintage(2020));

        Proposal proposal = engine.match("VICARA LA ROCCA 33 CL 75");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("rocca");
    }

    @Test
    void aLabelOfCoffeeOrBeerWords_namesNoWine_evenWhenAWinesNameHasTheWord() {
        MatchingEngine engine = engine(
                LibraryWine.of("espresso", "Espresso Rosso Organic Wine").withProducer("Cantina X").withColour("red"),
                LibraryWine.of("cortado", "Cortado Domaine de Majas").withProducer("Domaine de Majas")
                        .withColour("red"),
                LibraryWine.of("rosso", "Rosso di Montalcino").withProducer("Conti Costanti").withColour("red"));

        assertThat(engine.match("ESPRESSO").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("ESPRESSO 2CL").explanation().note()).contains("something other than wine");
        // BRUT says a wine: "1/2 L.PERRIER BRUT" is Laurent-Perrier's (probe O, twelfth session), "PERRIER" a water.
        assertThat(LabelVocabulary.namesSomethingElse(List.of("perrier", "brut"))).isFalse();
        assertThat(LabelVocabulary.namesSomethingElse(List.of("perrier"))).isTrue();
        assertThat(engine.match("BIERE PRESSION 50CL").verdict()).isEqualTo(Verdict.NO);
        // A Madrid tapas bar's coffee was a YES (0.74) for "Cortado Domaine de Majas".
        assertThat(engine.match("CORTADO").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("CERVEZA 33CL").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("DECA").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("ROSSO DI MONTALCINO CONTI COSTANTI").verdict()).isEqualTo(Verdict.YES);
        // A colour or a word for wine says the label is a wine's.
        assertThat(engine.match("ESPRESSO ROSSO ORGANIC WINE").wineId()).contains("espresso");
    }

    @Test
    void aDrinkMadeWithWine_isNoWineTheLibraryHolds() {
        // Probe R (thirteenth session): "Sangria Krug 1l", a jug of sangria, was YES for Krug.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("krug", "Krug").withProducer("Krug").withVintage(2011),
                LibraryWine.of("ruinart", "R de Ruinart").withProducer("Ruinart"),
                LibraryWine.of("yianni", "Kir-Yianni Assyrtiko").withProducer("Kir-Yianni Estate"));

        Proposal sangria = engine.match("Sangria Krug 1l");

        assertThat(sangria.verdict()).isEqualTo(Verdict.NO);
        assertThat(sangria.explanation().note()).contains("something other than wine (sangria)");
        assertThat(engine.match("KIR ROYAL RUINART").verdict()).isEqualTo(Verdict.NO);
        // A wine whose name has the word is still named by it.
        assertThat(engine.match("KIR YIANNI ASSYRTIKO").wineId()).contains("yianni");
        assertThat(engine.match("KRUG 2011").wineId()).contains("krug");
    }

    @Test
    void aSupplementOrAMenuNamingAWine_stillSellsTheWine() {
        // A supplement or a menu is no other drink nor a dish: "SUPPL GL CHABLIS LES CLOS" is the surcharge of a glass of
        // the Chablis poured (it was YES before the rule for another drink's word, and NO after).
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("clos", "Chablis Les Clos William Fevre").withProducer("Domaine William Fevre")
                        .withVintage(2020),
                LibraryWine.of("krug", "Krug").withProducer("Krug").withVintage(2011));

        Proposal suppl = engine.match("SUPPL GL CHABLIS LES CLOS WILLIAM FEVRE");

        assertThat(suppl.verdict()).as(suppl.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(suppl.wineId()).contains("clos");
        assertThat(engine.match("SUPPLEMENT KRUG 2011").wineId()).contains("krug");
        assertThat(engine.match("MENU KRUG 2011").wineId()).contains("krug");
        // Alone they still name no wine, and another drink beside a wine still answers NO.
        assertThat(engine.match("SUPPLEMENT").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("Sangria Krug 1l").verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aWineTheLibraryDoesNotHoldInTheLabelsFormat_doesNotMakeItAmbiguous() {
        MatchingEngine engine = amongOthersWith("Champagne Brut",
                LibraryWine.of("bottle", "Pommery Brut Royal").withProducer("Pommery").withVolumeMl(750),
                LibraryWine.of("magnum", "Pommery Brut Royal").withProducer("Pommery").withVolumeMl(1500),
                LibraryWine.of("rose", "Pommery Brut Royal Rosé").withProducer("Pommery").withVolumeMl(750));

        Proposal proposal = engine.match("MAG. POMMERY BRUT");

        assertThat(proposal.verdict()).isEqualTo(Verdict.YES);
        assertThat(proposal.wineId()).contains("magnum");
        assertThat(engine.match("POMMERY BRUT").verdict()).as("in no format, the label fits both").isEqualTo(Verdict.NO);
    }

    @Test
    void oneNameByTwoProducers_isTwoWines_notOneListedTwice() {
        // "Brocard" among the others too, so that the Oliveira Lecestre still fits a label naming Brocard.
        MatchingEngine engine = amongOthersWith("Brocard Chablis",
                LibraryWine.of("brocard", "Brocard Chablis Premier Cru Fourchaume").withProducer("Jean-Marc Brocard")
                        .withVintage(2024),
                LibraryWine.of("oliveira", "Chablis Premier Cru Fourchaume").withProducer("Domaine de Oliveira Lecestre")
                        .withVintage(2023));

        Proposal brocard = engine.match("BROCARD CHABLIS 1ER FOURCHAUME 24");
        Proposal either = engine.match("CHABLIS 1ER CRU FOURCHAUME 2018");

        assertThat(brocard.verdict()).isEqualTo(Verdict.YES);
        assertThat(brocard.wineId()).contains("brocard");
        assertThat(either.verdict()).isEqualTo(Verdict.NO);
        assertThat(either.explanation().note()).doesNotContain("more than once");
    }

    @Test
    void aHouseTheLibraryDoesNotKnow_isAnotherWine_evenWhenTheRestOfTheLabelNamesAStockedOne() {
        // SANTORINI ASSYRTIKO DOM SIGALAS was yes (0.68) for Santo Wines' Santorini Assyrtiko: the unknown SIGALAS was
        // read as a slip, as an unknown word elsewhere in a label is, while after DOM it is the house's name.
        MatchingEngine engine = amongOthersWith("Rosso",
                LibraryWine.of("santo", "Santorini Assyrtiko Santo Wines").withProducer("Santo Wines"));

        Proposal proposal = engine.match("SANTORINI ASSYRTIKO DOM SIGALAS");

        assertThat(proposal.verdict()).as(proposal.explanation().text()).isEqualTo(Verdict.NO);
        assertThat(proposal.explanation().note()).isEqualTo("the label names a house (sigalas) the closest wine does"
                + " not have");
    }

    @Test
    void aHouseNamedWithASlip_isStillTheHouse() {
        MatchingEngine engine = amongOthersWith("Rosso",
                LibraryWine.of("sigalas", "Santorini Assyrtiko").withProducer("Domaine Sigalas"),
                LibraryWine.of("santo", "Santorini Assyrtiko Santo Wines").withProducer("Santo Wines"));

        assertThat(engine.match("SANTORINI ASSYRTIKO DOM SIGALSA").wineId()).contains("sigalas");
        assertThat(engine.match("SANTORINI ASSYRTIKO DOM SIGAL").wineId()).contains("sigalas");
    }

    @Test
    void aHousesNameWrittenWithoutItsHyphenOrSpace_readsAsItsTwoWords() {
        // Review 2026-12-05: once an unknown word after a house word named another house, CHABLIS DOM LONGDEPAQUIT
        // ALBERT BICHOT 2022 was NO; it had been yes for the house's other Chablis, the joined word not understood.
        MatchingEngine engine = amongOthersWith("Rosso",
                LibraryWine.of("long-depaquit", "Chablis Domaine Long-Depaquit Albert Bichot")
                        .withProducer("Albert Bichot").withVintage(2022),
                LibraryWine.of("maison", "Chablis Maison Albert Bichot").withProducer("Maison Albert Bichot")
                        .withVintage(2022),
                LibraryWine.of("san-leonardo", "San Leonardo").withProducer("Tenuta San Leonardo").withVintage(2020),
                LibraryWine.of("terre", "Terre di San Leonardo").withProducer("Tenuta San Leonardo").withVintage(2020));

        Proposal chablis = engine.match("CHABLIS DOM LONGDEPAQUIT ALBERT BICHOT 2022");
        Proposal leonardo = engine.match("TENUTA SANLEONARDO 2020");

        assertThat(chablis.verdict()).as(chablis.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(chablis.wineId()).contains("long-depaquit");
        assertThat(leonardo.verdict()).as(leonardo.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(leonardo.wineId()).contains("san-leonardo");
    }

    @Test
    void aJoinedWordsPartOfThreeLetters_countsOnlyAsAShorthand() {
        // On seed 1, SPAELK SUR 2018 split into "spa" (the S.p.A of many producers) and "elk", and its wine left the
        // candidates; "SAN" is the vocabulary's saint, so SANLEONARDO still reads.
        MatchingEngine engine = engine(
                LibraryWine.of("cottini", "Bardolino Chiaretto").withProducer("Cottini SpA"),
                LibraryWine.of("elk", "Elk Cove Pinot Gris").withProducer("Elk Cove Vineyards"),
                LibraryWine.of("san-leonardo", "San Leonardo").withProducer("Tenuta San Leonardo"));

        assertThat(engine.match("SPAELK").explanation().note())
                .isEqualTo("no library wine shares a word with the label");
        assertThat(first(engine.match("SANLEONARDO"))).isEqualTo("san-leonardo");
    }

    @Test
    void anotherWineOfTheHouse_isOfTheHousesProducer() {
        // Probes Q and R (thirteenth session): "SALON 2012" was NO, "the label names only the house", because Roger
        // Champault's Menetou-Salon, whose name has the word, counted as another wine of Champagne Salon.
        MatchingEngine engine = amongOthersWith("Loire",
                LibraryWine.of("salon", "Salon Vintage").withProducer("Champagne Salon").withVintage(2013),
                LibraryWine.of("menetou", "Menetou-Salon").withProducer("Roger Champault et Fils").withVintage(2023),
                LibraryWine.of("pelle", "Domaine Pellé Menetou-Salon Morogues").withProducer("Domaine Pellé")
                        .withVintage(2024));

        Proposal salon = engine.match("SALON 2012");

        assertThat(salon.verdict()).as(salon.explanation().text()).isEqualTo(Verdict.ALMOST);
        assertThat(salon.wineId()).contains("salon");
        assertThat(salon.vintage()).hasValue(2012);
    }

    @Test
    void aBlancDeBlancsTheLabelNames_namesTheWineWhoseNameSaysIt() {
        // Probes Q and R (thirteenth session): "RUINART BLANC DE BLANCS BTL" and "R DE RUINART BTL" were NO, "several
        // library wines fit": R de Ruinart is a white too, and the label's R read as a colour fits Ruinart Rosé.
        MatchingEngine engine = amongOthersWith("Blanc",
                LibraryWine.of("bdb", "Ruinart Blanc de Blancs").withProducer("Ruinart").withColour("white")
                        .withGrapes(List.of("Chardonnay")),
                LibraryWine.of("r", "R de Ruinart").withProducer("Ruinart").withColour("white")
                        .withGrapes(List.of("Pinot noir", "Chardonnay", "Pinot meunier")),
                LibraryWine.of("rose", "Ruinart Rose").withProducer("Ruinart").withColour("rosé"));

        assertThat(engine.match("RUINART BLANC DE BLANCS BTL").wineId()).contains("bdb");
        assertThat(engine.match("GL RUINART BLANC DE BL.").wineId()).contains("bdb");
    }

    @Test
    void aLetterTheLabelWrites_namesTheWineWhoseNameWritesIt() {
        // Probes Q and R: "R DE RUINART BTL" was NO, the label's R read as a colour fitting Ruinart Rosé as well.
        MatchingEngine engine = amongOthersWith("Rose",
                LibraryWine.of("bdb", "Ruinart Blanc de Blancs").withProducer("Ruinart").withColour("white"),
                LibraryWine.of("r", "R de Ruinart").withProducer("Ruinart").withColour("white")
                        .withGrapes(List.of("Pinot noir", "Chardonnay", "Pinot meunier")),
                LibraryWine.of("rose", "Ruinart Rose").withProducer("Ruinart").withColour("rosé"));

        assertThat(engine.match("R DE RUINART BTL").wineId()).contains("r");
        assertThat(engine.match("R DE RUINART GLASS").wineId()).contains("r");
    }

    @Test
    void anAustrianRied_isAWordALabelMayLeaveOut() {
        // Probe Q (thirteenth session): "Tement Zieregg SB '19" was NO, "part of the names of several library wines",
        // the label not naming the Ried of Weingut Tement Ried Zieregg Sauvignon Blanc beside its Kår and Kapelle.
        MatchingEngine engine = amongOthersWith("Steiermark",
                LibraryWine.of("zieregg", "Weingut Tement Ried Zieregg Sauvignon Blanc").withProducer("Weingut Tement")
                        .withVintage(2019),
                LibraryWine.of("kar", "Weingut Tement Ried Zieregg Kår Sauvignon Blanc")
                        .withProducer("Familienweingut Tement").withVintage(2022),
                LibraryWine.of("kapelle", "Weingut Tement Ried Zieregg Kapelle Sauvignon Blanc")
                        .withProducer("Familienweingut Tement").withVintage(2022));

        Proposal zieregg = engine.match("Tement Zieregg SB '19");

        assertThat(zieregg.verdict()).as(zieregg.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(zieregg.wineId()).contains("zieregg");
    }

    @Test
    void theLabelsVintage_tellsTheBestWineFromALessNamedOneThatLacksIt() {
        // Probe R (thirteenth session): "Hugel Gewürztraminer 23" was NO, "part of the names of several library
        // wines", beside the house's Vendange Tardive, held in 2018 only; on (b) 15 to 19 labels per seed were so.
        MatchingEngine engine = amongOthersWith("Alsace",
                LibraryWine.of("classic", "Hugel Gewurztraminer Classic").withProducer("Hugel").withVintage(2023),
                LibraryWine.of("vt", "Hugel Gewurztraminer Vendange Tardive").withProducer("Hugel").withVintage(2018)
                        .withVolumeMl(375));

        Proposal classic = engine.match("Hugel Gewürztraminer 23");

        assertThat(classic.verdict()).as(classic.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(classic.wineId()).contains("classic");
        // Without the vintage, or with one neither holds, the label still names either.
        assertThat(engine.match("HUGEL GEWURZTRAMINER").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("HUGEL GEWURZTRAMINER 2015").verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aShortKnownWordInsideALabel_mayBeALongerWordCutShort() {
        // Probe R (thirteenth session): "Jos Phelps Cab Sauv 22" was NO (0.42): "jos", a word of Joh. Jos. Prüm, was
        // read as a word Joseph Phelps lacks, not as Joseph cut short.
        MatchingEngine engine = amongOthersWith("Riesling",
                LibraryWine.of("phelps", "Joseph Phelps Cabernet Sauvignon").withProducer("Joseph Phelps")
                        .withVintage(2022),
                LibraryWine.of("insignia", "Insignia Joseph Phelps").withProducer("Joseph Phelps").withVintage(2021),
                LibraryWine.of("prum", "Graacher Himmelreich Kabinett Joh Jos Prüm").withProducer("Joh. Jos. Prüm")
                        .withVintage(2022));

        Proposal phelps = engine.match("Jos Phelps Cab Sauv 22");

        assertThat(phelps.verdict()).as(phelps.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(phelps.wineId()).contains("phelps");
    }

    @Test
    void aTwoLetterKnownWordInsideALabel_mayBeAFirstNameCutShort() {
        // Probe R: "Ph. Kuhn Saumagen GG 23" was NO (0.40), "ph", a word of Bodegas PH, read as a word the wine lacks.
        MatchingEngine engine = amongOthersWith("Riesling",
                LibraryWine.of("kuhn", "Saumagen Riesling Grosses Gewächs Philipp Kuhn")
                        .withProducer("Weingut Philipp Kuhn").withVintage(2023),
                LibraryWine.of("ph", "PH Crianza").withProducer("Bodegas PH").withVintage(2020));

        Proposal kuhn = engine.match("Ph. Kuhn Saumagen GG 23");

        assertThat(kuhn.verdict()).as(kuhn.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(kuhn.wineId()).contains("kuhn");
    }

    @Test
    void petNatInOneWordOrTwo_isOneWord() {
        // Probe V (thirteenth session): "Binner Pet Nat Storm" was NO (0.53) for Binner PetNat Storm.
        MatchingEngine engine = amongOthersWith("Alsace",
                LibraryWine.of("storm", "Binner PetNat Storm").withProducer("Domaine Christian Binner").withVintage(2020),
                LibraryWine.of("piu", "Piu Piu Pet Nat").withProducer("Fio"));

        assertThat(engine.match("Binner Pet Nat Storm").wineId()).contains("storm");
        assertThat(engine.match("PIU PIU PETNAT").wineId()).contains("piu");
    }

    @Test
    void baBeforeTheWinesNextWord_isBeerenausleseAndLastItIsACutWord() {
        // Probes Q and R (fourteenth session): "Kracher BA Cuvée 1/2 Fl." was NO (0.56), "ba" not understood.
        MatchingEngine engine = amongOthersWith("Riesling",
                LibraryWine.of("ba", "Kracher Beerenauslese Cuvée").withProducer("Kracher").withVintage(2021)
                        .withVolumeMl(375),
                LibraryWine.of("tba", "Kracher Trockenbeerenauslese Cuvée").withProducer("Kracher").withVintage(2019)
                        .withVolumeMl(375),
                LibraryWine.of("batard", "Bâtard-Montrachet Grand Cru").withProducer("Lucien Le Moine")
                        .withVintage(2020),
                LibraryWine.of("chassagne", "Chassagne-Montrachet").withProducer("Lucien Le Moine").withVintage(2020));

        Proposal kracher = engine.match("Kracher BA Cuvée 1/2 Fl.");
        Proposal batard = engine.match("LUCIEN LE MOINE BA 20");

        assertThat(kracher.verdict()).as(kracher.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(kracher.wineId()).contains("ba");
        assertThat(batard.wineId()).as(batard.explanation().text()).contains("batard");
    }

    @Test
    void mcc_isMethodeCapClassiqueOnTheLabelAndInTheLibrary() {
        // Probes L and P (fourteenth session): "Villiera Tradition Brut MCC" was NO (0.19) for Villiera Tradition Brut
        // Méthode Cap Classique.
        MatchingEngine engine = amongOthersWith("Brut",
                LibraryWine.of("villiera", "Villiera Tradition Brut Méthode Cap Classique").withProducer("Villiera Wines"),
                LibraryWine.of("monro", "Villiera Monro Brut").withProducer("Villiera Wines").withVintage(2019),
                LibraryWine.of("saronsberg", "Saronsberg MCC Brut").withProducer("Saronsberg").withVintage(2022));

        Proposal villiera = engine.match("Villiera Tradition Brut MCC");

        assertThat(villiera.verdict()).as(villiera.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(villiera.wineId()).contains("villiera");
        assertThat(engine.match("SARONSBERG CAP CLASSIQUE BRUT").wineId()).contains("saronsberg");
    }

    @Test
    void aFormatTheBestWineIsNotHeldIn_namesTheWineOfTheHouseHeldInIt() {
        // Probe V (fourteenth session): "CHAMP TAITTINGER BRUT 375" was yes for the Brut Millésimé, held in 75 cl only,
        // while the house's Brut Réserve is held in half bottles.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("millesime", "Taittinger Brut Millésimé").withProducer("Taittinger").withVintage(2018)
                        .withVolumeMl(750),
                LibraryWine.of("reserve-375", "Taittinger Brut Réserve").withProducer("Taittinger").withVolumeMl(375),
                LibraryWine.of("prosecco", "Prosecco Biologico").withProducer("Villa Sandi").withVolumeMl(750),
                LibraryWine.of("organic-mag", "Baglietti Prosecco Organic").withProducer("47 Anno Domini")
                        .withVolumeMl(1500));

        Proposal taittinger = engine.match("CHAMP TAITTINGER BRUT 375");
        Proposal prosecco = engine.match("1,5 L VINO BIOLOGICO PROSECCO");

        assertThat(taittinger.verdict()).as(taittinger.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(taittinger.wineId()).contains("reserve-375");
        assertThat(taittinger.candidates().get(0).wineId()).isEqualTo("reserve-375");
        // Another house's wine held in the magnum is not the one the label's words name.
        assertThat(prosecco.candidates().get(0).wineId()).as(prosecco.explanation().text()).isEqualTo("prosecco");
    }

    @Test
    void aTillsColourWord_saysTheColourAndCostsTheWineNothing() {
        // Probe Y (fifteenth session): "ไวน์แดง Montes Cab" (red wine) was NO, 0.54, its colour word "not understood";
        // so were the fourteenth session's Warsaw, Hong Kong and Amsterdam colour words ("MOUTON CADET CZERW.").
        MatchingEngine engine = amongOthersWith("Cabernet",
                LibraryWine.of("montes", "Montes Classic Cabernet Sauvignon").withProducer("Montes")
                        .withColour("red"),
                LibraryWine.of("masianco", "Masi Masianco").withProducer("Masi Agricola").withColour("white"));

        for (String label : List.of("ไวน์แดง Montes Cab", "MONTES CAB CZERW.", "MONTES CAB ROOD",
                "Hung Montes Cab bui")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.wineId()).as(label + ": " + proposal.explanation().text()).contains("montes");
            assertThat(proposal.explanation().unknownWords()).as(label).isEmpty();
        }
        // Probe Y: "CRASTO SUPERIOR BRANCO" was NO (0.45) for Crasto Superior Douro White; BRANCO is as soft as BLANCO.
        Proposal branco = amongOthersWith("Douro",
                LibraryWine.of("crasto", "Crasto Superior Douro White").withProducer("Quinta do Crasto")
                        .withColour("white"),
                LibraryWine.of("teresa", "Quinta do Crasto Vinha Maria Teresa").withProducer("Quinta do Crasto")
                        .withColour("red"),
                LibraryWine.of("primavera", "Primavera Branco").withProducer("Caves Primavera").withColour("white"),
                LibraryWine.of("medeiros", "Medeiros Branco").withProducer("Herdade de Medeiros")
                        .withColour("white")).match("CRASTO SUPERIOR BRANCO");
        assertThat(branco.wineId()).as(branco.explanation().text()).contains("crasto");
        for (String label : List.of("ไวน์ขาว Masi Masianco", "MASI MASIANCO BIAŁE", "MASI MASIANCO WIT",
                "Masi Masianco Valko")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.wineId()).as(label + ": " + proposal.explanation().text()).contains("masianco");
            assertThat(proposal.explanation().unknownWords()).as(label).isEmpty();
        }
    }

    @Test
    void aFormatTheBestWineIsNotHeldIn_answersNoWhenAnotherWineTheLabelNamesAsWellIsHeldInIt() {
        // Probes Q, U, X, Y (fifteenth session): "VEUVE CLICQUOT BRUT GFA", a 75 cl bottle, was yes for the library's
        // Veuve Clicquot Brut held in magnum and 6 l only, while the house's Brut Gula Änkan (the Yellow Label) is
        // held in 75 cl; "Dom Perignon BT" yes for the Dom Pérignon magnum, while Dom Pérignon Blanc is a 75 cl. The
        // stock of the big bottle would go down for each bottle sold.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("brut-6l", "Veuve Clicquot Brut").withProducer("Veuve Clicquot").withVolumeMl(6000),
                LibraryWine.of("brut-mag", "Veuve Clicquot Brut").withProducer("Veuve Clicquot").withVolumeMl(1500),
                LibraryWine.of("gula", "Veuve Clicquot Brut Gula Änkan").withProducer("Veuve Clicquot")
                        .withVolumeMl(750),
                LibraryWine.of("rose", "Veuve Clicquot Rosé").withProducer("Veuve Clicquot").withVolumeMl(750),
                LibraryWine.of("rich", "Veuve Clicquot Rich").withProducer("Veuve Clicquot").withVolumeMl(750),
                LibraryWine.of("eiswein", "Schmitt Söhne Eiswein").withProducer("Schmitt Söhne").withVolumeMl(375),
                LibraryWine.of("riesling", "Schmitt Söhne Riesling Kabinett").withProducer("Schmitt Söhne")
                        .withVolumeMl(750));

        Proposal bottle = engine.match("VEUVE CLICQUOT BRUT GFA");
        Proposal magnum = engine.match("VEUVE CLICQUOT BRUT MAG");
        Proposal unnamed = engine.match("VEUVE CLICQUOT BRUT");
        // Another wine of the house held in the format that the label does not name as well: the format is the
        // till's, the wine the label's ("SCHMITT SOHNE EISWEIN 0,75L" of a cashier; the wine's row is the half).
        Proposal eiswein = engine.match("SCHMITT SOHNE EISWEIN 0,75L");

        assertThat(bottle.verdict()).as(bottle.explanation().text()).isEqualTo(Verdict.NO);
        assertThat(bottle.explanation().text()).contains("750");
        assertThat(magnum.wineId()).contains("brut-mag");
        assertThat(unnamed.verdict()).as(unnamed.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(eiswein.wineId()).as(eiswein.explanation().text()).contains("eiswein");
    }

    @Test
    void aBottleWord_namesTheOneLitreOrHalfLitreBottleAWineIsHeldIn() {
        // Review of the fifteenth session: "BTL", "GFA", ขวด say a bottle, and the library's Maison Blanche Chardonnay
        // is held in a 1 l bottle only, Åhus Solaris in a 50 cl one: their bottle, not a format they are not held in.
        // The house's Sauvignon Blanc Chardonnay (a blend) and Solaris EQ, held in 75 cl, are other wines.
        MatchingEngine engine = amongOthersWith("Chardonnay",
                LibraryWine.of("chard-1l", "Maison Blanche Chardonnay").withProducer("ViniMundi").withVolumeMl(1000),
                LibraryWine.of("blend", "Maison Blanche Sauvignon Blanc Chardonnay").withProducer("ViniMundi")
                        .withVolumeMl(750),
                LibraryWine.of("solaris", "Åhus Solaris").withProducer("Åhus Vingård").withVolumeMl(500),
                LibraryWine.of("solaris-eq", "Åhus Solaris EQ").withProducer("Åhus Vingård").withVolumeMl(750));

        for (String label : List.of("MAISON BLANCHE CHARDONNAY BTL", "MAISON BLANCHE CHARDONNAY GFA",
                "ขวด Maison Blanche Chardonnay")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.wineId()).as(label + ": " + proposal.explanation().text()).contains("chard-1l");
        }
        Proposal solaris = engine.match("AHUS SOLARIS BTL");
        assertThat(solaris.wineId()).as(solaris.explanation().text()).contains("solaris");
    }

    @Test
    void aBarePoursNumberEndingTheLabel_isTheWinesNameWhenTheWinesNameHasIt() {
        // Review of the fifteenth session: a bare 125 or 175 ending the label is a British pour, but not when the
        // proposed wine is named by it: "CHIVITE BLANCO 125" is a bottle of Chivite Colección 125 Blanco.
        MatchingEngine engine = amongOthersWith("Tinto",
                LibraryWine.of("blanco", "Chivite Colección 125 Blanco").withProducer("Chivite").withColour("white"),
                LibraryWine.of("guarda", "Chivite Colección 125 Vino de Guarda").withProducer("Chivite")
                        .withColour("red"),
                LibraryWine.of("cdr", "Côtes-du-Rhône E. Guigal").withProducer("E Guigal").withColour("red"));

        for (String label : List.of("CHIVITE BLANCO 125", "CHIVITE COLECCION BLANCO 125")) {
            Proposal proposal = engine.match(label);
            assertThat(proposal.wineId()).as(label + ": " + proposal.explanation().text()).contains("blanco");
            assertThat(proposal.serving().kind()).as(label).isEqualTo(Serving.Kind.BOTTLE);
        }
        Proposal pour = engine.match("GUIGAL CDR ROUGE 175");
        assertThat(pour.wineId()).as(pour.explanation().text()).contains("cdr");
        assertThat(pour.serving().volumeMl()).hasValue(175);
    }

    @Test
    void aSingleBottle_isNoWineHeldOnlyInLargeFormats() {
        // Probes Q, X, Y (fifteenth session): "VEUVE CLICQUOT YELLOW HALF" was yes for the library's only Yellow Label,
        // a 3 l; each half bottle sold would have taken a 3 l from the stock. A magnum label is left alone.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("yellow-3l", "Veuve Clicquot Yellow Label").withProducer("Veuve Clicquot")
                        .withVolumeMl(3000),
                LibraryWine.of("gula-375", "Veuve Clicquot Brut Gula Änkan").withProducer("Veuve Clicquot")
                        .withVolumeMl(375),
                LibraryWine.of("rich", "Veuve Clicquot Rich").withProducer("Veuve Clicquot").withVolumeMl(750));

        Proposal half = engine.match("VEUVE CLICQUOT YELLOW HALF");
        Proposal bottle = engine.match("BTL VEUVE CLICQUOT YELLOW LABEL");
        Proposal unsaid = engine.match("VEUVE CLICQUOT YELLOW LABEL");

        assertThat(half.verdict()).as(half.explanation().text()).isEqualTo(Verdict.NO);
        assertThat(half.explanation().text()).contains("large formats");
        assertThat(first(half)).isEqualTo("yellow-3l");
        assertThat(bottle.verdict()).as(bottle.explanation().text()).isEqualTo(Verdict.NO);
        assertThat(unsaid.wineId()).as(unsaid.explanation().text()).contains("yellow-3l");
    }

    @Test
    void aFormatTheBestWineIsNotHeldIn_doesNotNameAWineOfTheHouseWhoseOwnWordsTheLabelLeavesUnnamed() {
        // The library's Trimbach Gewurztraminer (75 cl) and Vendange Tardive (37.5 cl), Tommasi Valpolicella (75 cl) and
        // Amarone (magnum): a label that names the first wine whole, in a format it is not held in, is not the sweet
        // late harvest nor the Amarone, whose own words it leaves unnamed. Nor, since the fifteenth session, the first
        // wine: the other, held in the format, fits every word the label gives it ("VEUVE CLICQUOT BRUT GFA" above,
        // where the other is the same wine under a longer name), so the label's first candidate is the plain wine and
        // the answer NO.
        MatchingEngine engine = amongOthersWith("Riesling",
                LibraryWine.of("gewurz", "Trimbach Gewurztraminer").withProducer("Trimbach").withVintage(2022)
                        .withVolumeMl(750),
                LibraryWine.of("vt-375", "Trimbach Gewurztraminer Vendange Tardive").withProducer("Trimbach")
                        .withVintage(2018).withVolumeMl(375),
                LibraryWine.of("valpolicella", "Tommasi Valpolicella").withProducer("Tommasi Viticoltori")
                        .withVintage(2025).withVolumeMl(750),
                LibraryWine.of("amarone-mag", "Tommasi Amarone della Valpolicella Classico")
                        .withProducer("Tommasi Viticoltori").withVintage(2022).withVolumeMl(1500));

        Proposal gewurz = engine.match("TRIMBACH GEWURZTRAMINER 375ML 2022");
        Proposal valpolicella = engine.match("MAG TOMMASI VALPOLICELLA 2025");

        assertThat(gewurz.verdict()).as(gewurz.explanation().text()).isEqualTo(Verdict.NO);
        assertThat(gewurz.candidates().get(0).wineId()).isEqualTo("gewurz");
        assertThat(valpolicella.verdict()).as(valpolicella.explanation().text()).isEqualTo(Verdict.NO);
        assertThat(valpolicella.candidates().get(0).wineId()).isEqualTo("valpolicella");
    }

    @Test
    void aLabelNamingTheBestWinePlainly_doesNotNameTheHousesWineWithOwnWordsItLeavesUnnamed() {
        // Probe X (fourteenth session): "GL BOGLE CHARD" was NO, "part of the names of several library wines", beside
        // Twenty Acres by Bogle Chardonnay; "DUCKHORN CHARD 24" beside the house's Decoy Limited Sonoma Coast
        // Chardonnay. The label names the plain wine: all its words but its producer's and a place.
        MatchingEngine engine = amongOthersWith("Chardonnay",
                LibraryWine.of("bogle", "Bogle Family Vineyards Chardonnay").withProducer("Bogle Family Vineyards")
                        .withVintage(2023),
                LibraryWine.of("twenty", "Twenty Acres by Bogle Chardonnay").withProducer("Bogle Family Vineyards")
                        .withVintage(2023),
                LibraryWine.of("duckhorn", "Duckhorn Napa Valley Chardonnay").withProducer("Duckhorn Wine Company")
                        .withVintage(2024),
                LibraryWine.of("decoy", "Decoy Limited Sonoma Coast Chardonnay").withProducer("Duckhorn Wine Company")
                        .withVintage(2024),
                LibraryWine.of("prosecco", "Martini Prosecco").withProducer("Martini Rossi").withColour("white"),
                LibraryWine.of("orsola", "Casa Sant'Orsola Prosecco Millesimato")
                        .withProducer("Fratelli Martini Secondo Luigi").withColour("white"),
                LibraryWine.of("voerzio", "Barolo La Serra").withProducer("Agriviticola Voerzio Martini")
                        .withColour("red"),
                LibraryWine.of("soave", "Soave Classico Bianco").withProducer("Pieropan").withColour("white"),
                LibraryWine.of("picque", "Château Picque Caillou").withProducer("Château Picque-Caillou")
                        .withVintage(2016),
                LibraryWine.of("graves", "Château Picque Caillou Grand Vin de Graves")
                        .withProducer("Château Picque-Caillou").withVintage(2018),
                LibraryWine.of("cailloux", "Pouilly-Fumé Les Deux Cailloux").withProducer("Fournier Père & Fils")
                        .withColour("white").withVintage(2023),
                LibraryWine.of("clos", "Le Clos du Caillou Le Bouquet des Garrigues")
                        .withProducer("Earl Pouizin-Vacheron").withVintage(2021));

        Proposal bogle = engine.match("GL BOGLE CHARD");
        Proposal duckhorn = engine.match("BTL DUCKHORN CHARD 24");

        assertThat(bogle.verdict()).as(bogle.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(bogle.wineId()).contains("bogle");
        assertThat(duckhorn.verdict()).as(duckhorn.explanation().text()).isEqualTo(Verdict.YES);
        assertThat(duckhorn.wineId()).contains("duckhorn");
        // Not plainly: a cut word ("BOGLE CHA"), or only the house and a colour (a vermouth, "MARTINI BIANCO").
        assertThat(engine.match("BOGLE CHA").verdict()).isEqualTo(Verdict.NO);
        assertThat(engine.match("MARTINI BIANCO").verdict()).isEqualTo(Verdict.NO);
        // Nor a label naming only the more common word of the producer (X-Wines' Clos du Caillou, not stocked).
        assertThat(engine.match("CAILLOU BLC 14").verdict()).isEqualTo(Verdict.NO);
    }

    @Test
    void aLabelLeavingTheBestWinesGrapeUnnamed_doesNotNameItPlainly() {
        // The Systembolaget library: "KANONKOP KADETTE 23" names Kanonkop's Kadette Pinotage no more than its Kadette
        // Cape Blend, both 2023; "WEINGUT HIRSCH 17" names the house (and "Hirsch", the start of Hirschin), not its
        // Hirschin Riesling rather than its Ried Gaisberg Grüner Veltliner. Each was YES for the wine whose grape it
        // leaves unnamed.
        MatchingEngine engine = amongOthersWith("Riesling",
                LibraryWine.of("kadette-pinotage", "Kanonkop Kadette Pinotage").withProducer("Kanonkop Estate")
                        .withVintage(2023),
                LibraryWine.of("kadette-blend", "Kanonkop Kadette Cape Blend").withProducer("Kanonkop Estate")
                        .withVintage(2023),
                LibraryWine.of("hirschin", "Weingut Hirsch Hirschin Riesling").withProducer("Weingut Hirsch")
                        .withVintage(2017),
                LibraryWine.of("gaisberg", "Weingut Hirsch Ried Gaisberg Grüner Veltliner")
                        .withProducer("Weingut Hirsch").withVintage(2017));

        assertThat(Stream.of("KANONKOP KADETTE 23", "WEINGUT HIRSCH 17")
                .map(label -> label + ": " + engine.match(label).verdict() + " " + engine.match(label).wineId()))
                .containsExactly("KANONKOP KADETTE 23: NO Optional.empty", "WEINGUT HIRSCH 17: NO Optional.empty");
    }

    @Test
    void psIsNoPetiteSirah_theLibraryWritesItForOtherWines() {
        // Review (fourteenth session): with PS read as Petite Sirah on both sides, "PIEDRASASSI PETITE SIRAH" was yes
        // for Piedrasassi PS Syrah, a Syrah (and Aalto PS is a Ribera del Duero).
        MatchingEngine engine = amongOthersWith("Syrah",
                LibraryWine.of("ps", "Piedrasassi PS Syrah").withProducer("Piedrasassi").withVintage(2021)
                        .withGrapes(List.of("Syrah")),
                LibraryWine.of("aalto", "Aalto PS").withProducer("Aalto").withVintage(2019));

        Proposal petiteSirah = engine.match("PIEDRASASSI PETITE SIRAH");

        assertThat(petiteSirah.verdict()).as(petiteSirah.explanation().text()).isEqualTo(Verdict.NO);
        assertThat(engine.match("AALTO PS 2019").wineId()).contains("aalto");
    }

    @Test
    void aListingNamedByItsProducerAlone_tellsNoWineOfTheHouseFromAnotherInTheFormatTheLabelNames() {
        // Probes X and W (fourteenth session): "Masseto 2021 dai jun" (a magnum) was almost the 75 cl Masseto, whose
        // 2021 magnum is listed as Masseto Ornellaia; and "MOET & CHANDON 200ML" was yes for the house's 9 l listing,
        // named "Moët & Chandon", while its Brut Impérial is held in 20 cl.
        MatchingEngine engine = amongOthersWith("Champagne",
                LibraryWine.of("moet-9l", "Moët & Chandon").withProducer("Moët & Chandon").withVolumeMl(9000),
                LibraryWine.of("imperial-20", "Moët & Chandon Brut Impérial").withProducer("Moët & Chandon")
                        .withVolumeMl(200),
                LibraryWine.of("trimbach", "Trimbach Gewurztraminer").withProducer("Trimbach").withVintage(2022)
                        .withVolumeMl(750),
                LibraryWine.of("trimbach-vt", "Trimbach Gewurztraminer Vendanges Tardives").withProducer("Trimbach")
                        .withVintage(2022).withVolumeMl(375));

        Proposal moet = engine.match("MOET & CHANDON 200ML");

        assertThat(moet.candidates().get(0).wineId()).as(moet.explanation().text()).isEqualTo("imperial-20");
        assertThat(moet.wineId()).isNotEqualTo(Optional.of("moet-9l"));
        // A best wine named by its own words keeps the rule's condition: the Vendanges Tardives is not the plain one.
        assertThat(engine.match("375ML TRIMBACH GEWURZTRAMINER 2022").candidates().get(0).wineId())
                .isEqualTo("trimbach");
    }

    @Test
    void aFormatTheBestWineIsNotHeldIn_namesTheHousesListingInItWhoseOnlyWordsLeftUnnamedAreItsProducers() {
        // Review (fourteenth session), the Systembolaget library: "MAG PRIVAT BRUT NATURE RESERVA" was yes for the 75 cl
        // Privat Brut Nature Reserva, and "LUGANA CA DEI FRATI MAGNUM 2023" for the 37.5 cl Lugana I Frati, beside each
        // house's magnum, whose only word the label leaves unnamed is its producer's ("Celler", "Cà dei"): a producer's
        // word tells none of the house's wines from another.
        MatchingEngine engine = amongOthersWith("Cava",
                LibraryWine.of("privat", "Privat Brut Nature Reserva").withProducer("Celler Privat").withVolumeMl(750),
                LibraryWine.of("privat-mag", "Privat Brut Nature Reserva Magnum Celler Privat")
                        .withProducer("Celler Privat").withVolumeMl(1500),
                LibraryWine.of("frati-375", "Lugana I Frati").withProducer("Ca' dei Frati").withVintage(2023)
                        .withVolumeMl(375),
                LibraryWine.of("frati-mag", "Lugana Magnum Ca' dei Frati").withProducer("Ca' dei Frati")
                        .withVintage(2023).withVolumeMl(1500));

        Proposal privat = engine.match("MAG PRIVAT BRUT NATURE RESERVA");
        Proposal frati = engine.match("MAG LUGANA I FRATI 2023");

        assertThat(privat.candidates().get(0).wineId()).as(privat.explanation().text()).isEqualTo("privat-mag");
        assertThat(privat.wineId()).isNotEqualTo(Optional.of("privat"));
        assertThat(frati.candidates().get(0).wineId()).as(frati.explanation().text()).isEqualTo("frati-mag");
        assertThat(frati.wineId()).isNotEqualTo(Optional.of("frati-375"));
    }

    @Test
    void privCutShort_staysTheStartOfTheLibrarysPrivatPrivadaAndPrivilege() {
        // Review (fourteenth session), the Systembolaget library: with PRIV read as Private, "CAVA PRIV BRUT NATURE" lost
        // Cava Privat's Brut Nature (its best became Valle Secreto's Private Cabernet Franc), "MARQUES VARGAS SEL PRIV"
        // the Selección Privada, "LOUIS DE CHATET PRIV BRUT" the Privilège Brut: each was yes before.
        MatchingEngine engine = amongOthersWith("Brut",
                LibraryWine.of("privat", "Privat Brut Nature Reserva Chardonnay").withProducer("Cava Privat"),
                LibraryWine.of("private-franc", "Private Cabernet Franc").withProducer("Vina y Cava Valle Secreto"),
                LibraryWine.of("privada", "Marqués De Vargas Selección Privada").withProducer("Marqués de Vargas"),
                LibraryWine.of("vargas-reserva", "Marqués de Vargas Reserva").withProducer("Marqués de Vargas"),
                LibraryWine.of("privilege", "Louis de Chatet Privilège Brut").withProducer("Louis de Chatet"),
                LibraryWine.of("harmonie", "Louis de Chatet Harmonie Brut").withProducer("Louis de Chatet"),
                LibraryWine.of("mondavi", "Robert Mondavi Private Selection Cabernet Sauvignon")
                        .withProducer("Robert Mondavi"));

        assertThat(Stream.of("CAVA PRIV BRUT NATURE", "MARQUES VARGAS SEL PRIV", "LOUIS DE CHATET PRIV BRUT")
                .map(label -> label + ": " + engine.match(label).wineId().orElse("none")))
                .containsExactly("CAVA PRIV BRUT NATURE: privat", "MARQUES VARGAS SEL PRIV: privada",
                        "LOUIS DE CHATET PRIV BRUT: privilege");
        // PVT is the start of no library word: it stays Private.
        assertThat(engine.match("MONDAVI PVT SEL CAB").candidates().get(0).wineId()).isEqualTo("mondavi");
    }
}
