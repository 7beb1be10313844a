package io.cellarsync.sync;

import static io.cellarsync.sync.Fixtures.DAY1;
import static io.cellarsync.sync.Fixtures.SITE;
import static io.cellarsync.sync.Fixtures.applied;
import static io.cellarsync.sync.Fixtures.bd;
import static io.cellarsync.sync.Fixtures.billed;
import static io.cellarsync.sync.Fixtures.engineWithSiteAndWines;
import static io.cellarsync.sync.Fixtures.entry;
import static io.cellarsync.sync.Fixtures.line;
import static io.cellarsync.sync.Fixtures.ref;
import static io.cellarsync.sync.Fixtures.rejected;
import static io.cellarsync.sync.Fixtures.sales;
import static io.cellarsync.sync.Fixtures.stock;
import static io.cellarsync.sync.SalesImportSemanticsTest.linkable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cellarsync.sync.Rejection.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is rejected with a rejection naming the value, and nothing of the command is applied. */
class BadInputTest {

    @Test
    void linkToAnUnknownWine_isRejectedNamingTheWine_andNothingApplied() {
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");
        StateSnapshot before = StateSnapshot.of(engine);

        Rejection rejection = rejected(engine, LinkReference.yes(reference, "w404"));

        assertThat(rejection.reason()).isEqualTo(Reason.UNKNOWN_WINE);
        assertThat(rejection.value()).isEqualTo("w404");
        assertThat(rejection.message()).contains("w404");
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
    }

    @Test
    void quantitiesBeyondAMillionBottles_areRejectedNamingTheValue_andNothingApplied() {
        // An operator's review: adjust --bottles 1e2000 was accepted, and every report then printed 2001 digits.
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");
        StateSnapshot before = StateSnapshot.of(engine);

        Rejection adjustment = rejected(engine, new AdjustStock("w1", null, bd("1e2000"), "typo"));
        Rejection negative = rejected(engine, new AdjustStock("w1", null, bd("-1000001"), "typo"));
        Rejection stock = rejected(engine, new AddWines(List.of(LibraryWine.of("w9", "Huge", 2019, bd("1e7")))));
        Rejection ratio = rejected(engine, LinkReference.yes(reference, "w1")
                .withPerSale(BottlesPerUnit.of(bd("1e2000"))));

        assertThat(adjustment.reason()).isEqualTo(Reason.INVALID_ADJUSTMENT);
        assertThat(adjustment.value()).isEqualTo("1E+2000");
        assertThat(adjustment.message()).contains("1E+2000", "1000000").hasSizeLessThan(300);
        assertThat(negative.reason()).isEqualTo(Reason.INVALID_ADJUSTMENT);
        assertThat(stock.reason()).isEqualTo(Reason.INVALID_WINE);
        assertThat(stock.message()).contains("w9", "1000000");
        assertThat(ratio.reason()).isEqualTo(Reason.INVALID_RATIO);
        // named as given, as a ratio of zero or less or with too many decimal places is: not 1E+2000/1
        assertThat(ratio.value()).isEqualTo("1E+2000");
        assertThat(ratio.message()).contains("1E+2000").doesNotContain("/1").hasSizeLessThan(300);
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
        // A million either way is still a quantity.
        assertThat(engine.apply(new AdjustStock("w1", null, bd("1000000"), "delivery")))
                .isInstanceOf(SyncOutcome.Applied.class);
        assertThat(engine.apply(new AdjustStock("w1", null, bd("-1000000"), "count")))
                .isInstanceOf(SyncOutcome.Applied.class);
    }

    @Test
    void aRatioAboveAMillionBottlesPerUnit_throughATinyDenominator_isRejected_andNothingApplied() {
        // 1/1e-7 has neither number above a million nor too many decimal places, yet one unit sold took ten million
        // bottles. 1000000/1e-28 is the largest ratio of numbers within both bounds: 1e34 bottles per unit.
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "1"))));
        StateSnapshot before = StateSnapshot.of(engine);

        Rejection tenMillion = rejected(engine, LinkReference.yes(reference, "w1")
                .withPerSale(BottlesPerUnit.parse("1/0.0000001")));
        Rejection largest = rejected(engine, LinkReference.yes(reference, "w1")
                .withPerSale(BottlesPerUnit.parse("1000000/1e-28")));

        assertThat(tenMillion.reason()).isEqualTo(Reason.INVALID_RATIO);
        assertThat(tenMillion.value()).isEqualTo("1/1E-7");
        assertThat(tenMillion.message()).contains("1/1E-7", "more than 1000000 bottles per unit sold")
                .doesNotContain("decimal places");
        assertThat(largest.reason()).isEqualTo(Reason.INVALID_RATIO);
        assertThat(largest.message()).contains("1000000/1E-28", "more than 1000000 bottles per unit sold")
                .doesNotContain("decimal places");
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
        // A million bottles per unit, however written, is still a ratio.
        assertThat(engine.apply(LinkReference.yes(reference, "w1").withPerSale(BottlesPerUnit.parse("1/0.000001"))))
                .isInstanceOf(SyncOutcome.Applied.class);
    }

    @Test
    void aTinyDenominatorOfMoreThan28DecimalPlaces_isRejectedForItsDecimalPlaces_beforeThePerUnitBound() {
        // 1/1e-2000 made the 2001-digit stock the million bound is there to prevent; the decimal-places bound, checked
        // first, now refuses it, and the rejection says so (it was counted among the per-unit bound's cases).
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");
        StateSnapshot before = StateSnapshot.of(engine);

        Rejection huge = rejected(engine, LinkReference.yes(reference, "w1")
                .withPerSale(BottlesPerUnit.parse("1/1e-2000")));

        assertThat(huge.reason()).isEqualTo(Reason.INVALID_RATIO);
        assertThat(huge.value()).isEqualTo("1/1E-2000");
        assertThat(huge.message()).contains("1/1E-2000", "denominator 1E-2000 has 2000 decimal places", "at most 28")
                .doesNotContain("more than 1000000 bottles per unit").hasSizeLessThan(300);
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
    }

    @Test
    void rejectedValuesWithAHugeExponent_areNamedInScientificNotation_notInThousandsOfDigits() {
        // As for 1e2000 above: a negative ratio, a negative initial stock or a zero adjustment typed with a huge
        // exponent was named in plain digits, thousands of them, in the rejection's value and message.
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");

        Rejection ratio = rejected(engine, LinkReference.yes(reference, "w1")
                .withPerSale(BottlesPerUnit.of(bd("-1e2000"))));
        Rejection stock = rejected(engine, new AddWines(List.of(LibraryWine.of("w9", "Tiny", 2019, bd("-1e-2000")))));
        Rejection zero = rejected(engine, new AdjustStock("w1", null, bd("0e-2000"), "typo"));

        assertThat(ratio.reason()).isEqualTo(Reason.INVALID_RATIO);
        assertThat(ratio.value()).isEqualTo("-1E+2000");
        assertThat(ratio.message()).contains("-1E+2000").hasSizeLessThan(300);
        assertThat(stock.reason()).isEqualTo(Reason.INVALID_WINE);
        assertThat(stock.value()).isEqualTo("-1E-2000");
        assertThat(stock.message()).contains("-1E-2000").hasSizeLessThan(300);
        assertThat(zero.reason()).isEqualTo(Reason.INVALID_ADJUSTMENT);
        assertThat(zero.value()).isEqualTo("0E-2000");
    }

    @Test
    void bottleCountsWithAHugeScale_areRejectedNamingTheValueAndTheBound_andNothingApplied() {
        // Found in review: 1e-100000000 is above zero and under a million, so it was accepted; every stock query of
        // the wine then took about 87 s (the balance rounded and summed numbers of 100,000,000 digits), and with
        // 1e-1000000000 it never finished. A journal that recorded the command kept the poison.
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");
        applied(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "1"))));
        StateSnapshot before = StateSnapshot.of(engine);

        // The initial stock first: accepted without the bound, it fails at once and its message stays short (a
        // ratio's toString writes its plain digits, 100,000,000 of them).
        Rejection stock = rejected(engine, new AddWines(List.of(LibraryWine.of("w9", "Tiny", 2019,
                bd("1e-1000000000")))));
        Rejection numerator = rejected(engine, LinkReference.yes(reference, "w1")
                .withPerSale(BottlesPerUnit.of(bd("1e-100000000"))));
        Rejection denominator = rejected(engine, LinkReference.yes(reference, "w1")
                .withPerSale(new BottlesPerUnit(bd("1e-100000000"), bd("1e-100000000"))));
        Rejection adjustment = rejected(engine, new AdjustStock("w1", null, bd("1e-100000000"), "typo"));
        Rejection newWine = rejected(engine, LinkReference.no(reference, LibraryWine.of("w9", "Tiny", 2019,
                bd("12.5e-100000000"))));
        // A zero written with a huge scale is as poisonous: 0E-100000000 + 1 has 100,000,001 digits.
        Rejection zeroStock = rejected(engine, new AddWines(List.of(LibraryWine.of("w9", "None", 2019,
                bd("0e-100000000")))));

        assertThat(numerator.reason()).isEqualTo(Reason.INVALID_RATIO);
        assertThat(numerator.value()).isEqualTo("1E-100000000");
        assertThat(numerator.message()).contains("1E-100000000", "100000000 decimal places", "at most 28")
                .hasSizeLessThan(300);
        assertThat(denominator.reason()).isEqualTo(Reason.INVALID_RATIO);
        assertThat(denominator.message()).contains("1E-100000000/1E-100000000").hasSizeLessThan(300);
        assertThat(adjustment.reason()).isEqualTo(Reason.INVALID_ADJUSTMENT);
        assertThat(adjustment.value()).isEqualTo("1E-100000000");
        assertThat(adjustment.message()).contains("w1", "1E-100000000", "at most 28").hasSizeLessThan(300);
        assertThat(stock.reason()).isEqualTo(Reason.INVALID_WINE);
        assertThat(stock.value()).isEqualTo("1E-1000000000");
        assertThat(stock.message()).contains("w9", "1E-1000000000", "at most 28").hasSizeLessThan(300);
        assertThat(newWine.reason()).isEqualTo(Reason.INVALID_WINE);
        assertThat(newWine.value()).isEqualTo("1.25E-99999999");
        assertThat(zeroStock.reason()).isEqualTo(Reason.INVALID_WINE);
        assertThat(zeroStock.value()).isEqualTo("0E-100000000");
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
    }

    @Test
    void saleAndCatalogueNumbersWithAHugeScaleOrExponent_areRejectedWhole_namingTheValue_andNothingApplied() {
        // The same poison through the nightly import: a quantity, an amount or a VAT rate of a sale line, a price or
        // a VAT rate of the catalogue. These have no million bound, so a huge exponent (1e100000000 + 0.01 has
        // 100,000,001 digits) is refused too.
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        StateSnapshot before = StateSnapshot.of(engine);
        SaleTicket good = billed("T1", DAY1, line("O1", 0, "P1", "2"));
        SaleLine one = line("O2", 0, "P1", "1");

        // The catalogue first: accepted without the bound, it fails at once (the sale of 1e-100000000 bottles of a
        // linked product took minutes to import).
        Rejection price = rejected(engine, new ImportCatalogue(SITE, List.of(entry("P1", "BTL", "1", "21"),
                entry("P2", "VERRE", "6e-100000000", "21"))));
        Rejection quantity = rejected(engine, sales(good, billed("T2", DAY1, line("O2", 0, "P1", "1e-100000000"))));
        Rejection gross = rejected(engine, sales(good, billed("T2", DAY1, new SaleLine("O2", 0, null, "P1",
                "POS P1", one.quantity(), bd("0e-100000000"), one.net(), one.vatRate()))));
        Rejection net = rejected(engine, sales(good, billed("T2", DAY1, new SaleLine("O2", 0, null, "P1",
                "POS P1", one.quantity(), one.gross(), bd("1e100000000"), one.vatRate()))));
        Rejection vat = rejected(engine, sales(good, billed("T2", DAY1, new SaleLine("O2", 0, null, "P1",
                "POS P1", one.quantity(), one.gross(), one.net(), bd("21e-100000000")))));
        Rejection catalogueVat = rejected(engine, new ImportCatalogue(SITE, List.of(
                entry("P2", "VERRE", "6", "2.1e100000001"))));

        assertThat(quantity.reason()).isEqualTo(Reason.INVALID_NUMBER);
        assertThat(quantity.value()).isEqualTo("1E-100000000");
        assertThat(quantity.message()).contains("Quantity 1E-100000000", "SITE1/T2/O2/0", "'T2'",
                "100000000 decimal places", "at most 28").hasSizeLessThan(400);
        assertThat(gross.value()).isEqualTo("0E-100000000");
        assertThat(gross.message()).contains("Gross 0E-100000000");
        assertThat(net.value()).isEqualTo("1E+100000000");
        assertThat(net.message()).contains("Net 1E+100000000", "100000001 digits before the point", "at most 29")
                .hasSizeLessThan(400);
        assertThat(vat.message()).contains("VAT rate 2.1E-99999999");
        assertThat(price.reason()).isEqualTo(Reason.INVALID_NUMBER);
        assertThat(price.message()).contains("Price 6E-100000000", "SITE1/P2", "at most 28").hasSizeLessThan(400);
        assertThat(catalogueVat.message()).contains("VAT rate 2.1E+100000001", "SITE1/P2");
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
    }

    @Test
    void numbersUpToTheBound_areAccepted_asEveryDotNetDecimalOfThePosIs() {
        // The bound must refuse no real input: a POS quantity of 0.125, prices with 2 to 8 decimals, and the
        // gateway's unrounded TotalEx (28 significant digits, up to 28 decimal places: a .NET decimal's most).
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");
        String dotNetMax = "79228162514264337593543950335";

        applied(engine, new ImportCatalogue(SITE, List.of(new CatalogueEntry(ref("P1"), "VERRE", null, null,
                bd("6.50000000"), bd("21.0000")))));
        applied(engine, LinkReference.yes(reference, "w1").withPerSale(BottlesPerUnit.parse("0.125/1.0")));
        applied(engine, sales(billed("T1", DAY1, new SaleLine("O1", 0, null, "P1", "VERRE", bd("0.125"),
                bd("0.50"), bd("0.4132231404958677685950413223"), bd("21.0000")), new SaleLine("O1", 1, null, "P2",
                "CAFE", bd("1.0"), bd(dotNetMax), bd("-" + dotNetMax), bd("9.0000")))));
        applied(engine, new AdjustStock("w1", null, bd("0.0000000000000000000000000001"), "count"));
        applied(engine, new AddWines(List.of(LibraryWine.of("w9", "Nine", 2019, bd("1.5000000000000000000000000000")))));

        assertThat(stock(engine, "w1")).isEqualByComparingTo("11.984375");
        Rejection justAbove = rejected(engine, new AdjustStock("w1", null, bd("1e-29"), "count"));
        assertThat(justAbove.message()).contains("1E-29", "29 decimal places", "at most 28");
    }

    @Test
    void aBilledTicketWithABlankKey_isRejectedWhole_ratherThanTakenForAVersionOfAnotherKeylessTicket() {
        // Two keyless tickets of two nights were one ticket to the engine: the second replaced the first, whose
        // bottle came back to stock.
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        applied(engine, sales(billed("T0", DAY1, line("O0", 0, "P1", "1"))));
        StateSnapshot before = StateSnapshot.of(engine);

        Rejection blank = rejected(engine, sales(billed("T1", DAY1, line("O1", 0, "P1", "1")),
                billed(" ", Fixtures.DAY2, line("O2", 0, "P1", "2"))));

        assertThat(blank.reason()).isEqualTo(Reason.MISSING_TICKET_KEY);
        assertThat(blank.message()).contains("SITE1", "business day " + Fixtures.DAY2, "1 line)", "blank ticket key");
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
        Rejection noDay = rejected(engine, sales(new SaleTicket(SITE, "", null, false, false, false, null,
                List.of(line("O4", 0, "P1", "1"), line("O5", 1, "P1", "1")))));
        assertThat(noDay.message()).contains("no business day, 2 lines)").doesNotContain("null");
        // An open ticket is not checked: it is skipped anyway.
        assertThat(engine.apply(sales(new SaleTicket(SITE, "", null, true, false, false, null,
                List.of(line("O3", 0, "P1", "1")))))).isInstanceOf(SyncOutcome.Applied.class);
    }

    @Test
    void linkOfAnUnknownReference_isRejectedNamingTheReference() {
        SyncEngine engine = engineWithSiteAndWines();

        Rejection rejection = rejected(engine, LinkReference.yes(ref("NOPE"), "w1"));

        assertThat(rejection.reason()).isEqualTo(Reason.UNKNOWN_REFERENCE);
        assertThat(rejection.message()).contains("SITE1/NOPE");
    }

    @Test
    void aRatioOfZeroOrLess_isRejectedNamingTheRatio() {
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");

        Rejection zero = rejected(engine, LinkReference.yes(reference, "w1").withPerSale(BottlesPerUnit.of(bd("0"))));
        Rejection negative = rejected(engine, LinkReference.yes(reference, "w1").withPerSale(BottlesPerUnit.parse("-1/6")));

        assertThat(zero.reason()).isEqualTo(Reason.INVALID_RATIO);
        assertThat(zero.value()).isEqualTo("0");
        assertThat(negative.message()).contains("-1/6");
        assertThat(engine.linksOf("w1")).isEmpty();
    }

    @Test
    void aNoAnswerWithABadRatio_doesNotCreateTheWine() {
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");

        rejected(engine, LinkReference.no(reference, LibraryWine.of("w9", "New", null, bd("1")))
                .withPerSale(BottlesPerUnit.of(bd("-2"))));

        assertThat(engine.wine("w9")).isEmpty();
    }

    @Test
    void aBatchWithOneSaleForAnUnknownSite_isRejectedWhole() {
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        StateSnapshot before = StateSnapshot.of(engine);
        SaleTicket good = billed("T1", DAY1, line("O1", 0, "P1", "1"));
        SaleTicket foreign = SaleTicket.billed(new SiteId("ELSEWHERE"), "T2", DAY1, List.of(line("O2", 0, "P1", "1")));

        Rejection rejection = rejected(engine, sales(good, foreign));

        assertThat(rejection.reason()).isEqualTo(Reason.UNKNOWN_SITE);
        assertThat(rejection.value()).isEqualTo("ELSEWHERE");
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
    }

    @Test
    void aBilledTicketWithoutBusinessDay_orWithTwiceTheSameLine_isRejectedWhole() {
        SyncEngine engine = engineWithSiteAndWines();
        SaleTicket good = billed("T1", DAY1, line("O1", 0, "P1", "1"));
        SaleTicket undated = new SaleTicket(SITE, "T2", null, false, false, false, null, List.of(line("O2", 0, "P1", "1")));
        SaleTicket doubled = billed("T3", DAY1, line("O3", 0, "P1", "1"), line("O3", 0, "P2", "1"));

        assertThat(rejected(engine, sales(good, undated)).reason()).isEqualTo(Reason.MISSING_BUSINESS_DATE);
        assertThat(rejected(engine, sales(good, doubled)).value()).isEqualTo("SITE1/T3/O3/0");
        assertThat(engine.references()).isEmpty();
    }

    @Test
    void aBatchWithALineWithoutProductKey_isRejectedWhole_namingTheTicketAndTheLine() {
        // Found in review: the fold threw half-way through the batch, after earlier tickets had moved stock.
        SyncEngine engine = engineWithSiteAndWines();
        applied(engine, LinkReference.yes(linkable(engine, "P1"), "w1"));
        StateSnapshot before = StateSnapshot.of(engine);
        SaleTicket good = billed("T1", DAY1, line("O1", 0, "P1", "2"));
        SaleTicket bad = billed("T2", DAY1, line("O2", 0, "P1", "1"), line("O2", 1, " ", "1"));

        Rejection rejection = rejected(engine, sales(good, bad));

        assertThat(rejection.reason()).isEqualTo(Reason.MISSING_PRODUCT_KEY);
        assertThat(rejection.value()).isEqualTo("SITE1/T2/O2/1");
        assertThat(rejection.message()).contains("'T2'", "SITE1/T2/O2/1", "product key");
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
    }

    @Test
    void aLargeTicketWithTwiceTheSameLine_isRejected() {
        SyncEngine engine = engineWithSiteAndWines();
        List<SaleLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(line("O1", i, "P1", "1"));
        }
        lines.add(line("O1", 29, "P2", "1"));

        Rejection rejection = rejected(engine, sales(SaleTicket.billed(SITE, "BIG", DAY1, lines)));

        assertThat(rejection.reason()).isEqualTo(Reason.DUPLICATE_SALE_LINE);
        assertThat(rejection.value()).isEqualTo("SITE1/BIG/O1/29");
    }

    @Test
    void aBatchOfWinesWithOneBadWine_addsNone() {
        SyncEngine engine = engineWithSiteAndWines();

        Rejection duplicate = rejected(engine, new AddWines(List.of(LibraryWine.of("w5", "Five", null, bd("1")),
                LibraryWine.of("w1", "Again", null, bd("1")))));
        Rejection negative = rejected(engine, new AddWines(List.of(LibraryWine.of("w6", "Six", null, bd("-1")))));
        Rejection blank = rejected(engine, new AddWines(List.of(LibraryWine.of(" ", "Blank", null, bd("1")))));

        assertThat(duplicate.reason()).isEqualTo(Reason.DUPLICATE_WINE);
        assertThat(duplicate.value()).isEqualTo("w1");
        assertThat(negative.reason()).isEqualTo(Reason.INVALID_WINE);
        assertThat(blank.reason()).isEqualTo(Reason.INVALID_WINE);
        assertThat(engine.wines()).extracting(LibraryWine::id).containsExactly("w1", "w2");
    }

    @Test
    void linkingTwice_unlinkingAnUnlinkedReference_andIgnoringALinkedOne_areRejected() {
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");
        PosReferenceId other = linkable(engine, "P2");
        applied(engine, LinkReference.yes(reference, "w1"));

        assertThat(rejected(engine, LinkReference.yes(reference, "w2")).reason()).isEqualTo(Reason.ALREADY_LINKED);
        assertThat(rejected(engine, UnlinkReference.reversingSales(other)).reason()).isEqualTo(Reason.NOT_LINKED);
        assertThat(rejected(engine, new IgnoreReference(reference)).reason()).isEqualTo(Reason.ALREADY_LINKED);
        assertThat(rejected(engine, new IgnoreReference(ref("NOPE"))).reason()).isEqualTo(Reason.UNKNOWN_REFERENCE);
    }

    @Test
    void incompleteAnswers_areRejected() {
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");

        Rejection almostWithoutVintage = rejected(engine, new LinkReference(reference, LinkAnswer.ALMOST, "w1", null,
                null, BottlesPerUnit.ONE_BOTTLE, null));
        Rejection yesWithoutWine = rejected(engine, new LinkReference(reference, LinkAnswer.YES, null, null, null,
                BottlesPerUnit.ONE_BOTTLE, null));
        Rejection noWithoutWine = rejected(engine, new LinkReference(reference, LinkAnswer.NO, null, null, null,
                BottlesPerUnit.ONE_BOTTLE, null));

        assertThat(almostWithoutVintage.reason()).isEqualTo(Reason.INVALID_VINTAGE);
        assertThat(yesWithoutWine.reason()).isEqualTo(Reason.INCOMPLETE_ANSWER);
        assertThat(noWithoutWine.reason()).isEqualTo(Reason.INCOMPLETE_ANSWER);
    }

    @Test
    void vintagesAndVolumesOutOfRange_areRejectedByOneRule_whicheverWayTheWineComes() {
        // Found in review: "no" accepted vintage -5 and volume -750; "almost" accepted 1000 to 9999.
        SyncEngine engine = engineWithSiteAndWines();
        PosReferenceId reference = linkable(engine, "P1");
        StateSnapshot before = StateSnapshot.of(engine);

        Rejection noWithBadVintage = rejected(engine, LinkReference.no(reference, LibraryWine.of("w9", "New", -5,
                bd("1"))));
        Rejection noWithBadVolume = rejected(engine, LinkReference.no(reference, new LibraryWine("w9", "New", null,
                null, null, null, null, 2019, -750, bd("1"), List.of())));
        Rejection almostTooOld = rejected(engine, LinkReference.almost(reference, "w1", 1500));
        Rejection addedTooLate = rejected(engine, new AddWines(List.of(LibraryWine.of("w8", "Eight", 2100, bd("1")))));

        assertThat(noWithBadVintage.reason()).isEqualTo(Reason.INVALID_VINTAGE);
        assertThat(noWithBadVintage.value()).isEqualTo("-5");
        assertThat(noWithBadVintage.message())
                .isEqualTo("Vintage -5 of wine 'w9' is not a year from 1800 to 2099; give a year such as 2019.");
        assertThat(almostTooOld.message())
                .isEqualTo("Vintage 1500 of wine 'w1' is not a year from 1800 to 2099; give a year such as 2019.");
        assertThat(addedTooLate.reason()).isEqualTo(Reason.INVALID_VINTAGE);
        assertThat(addedTooLate.message()).contains("2100", "1800 to 2099");
        assertThat(noWithBadVolume.reason()).isEqualTo(Reason.INVALID_WINE);
        assertThat(noWithBadVolume.value()).isEqualTo("-750");
        assertThat(noWithBadVolume.message()).contains("-750", "from 1 to 999999");
        assertThat(StateSnapshot.of(engine)).isEqualTo(before);
    }

    @Test
    void theBoundsOfTheVintageRule_areAccepted() {
        SyncEngine engine = engineWithSiteAndWines();

        applied(engine, new AddWines(List.of(LibraryWine.of("w8", "Old", LibraryWine.FIRST_VINTAGE, bd("1")),
                LibraryWine.of("w9", "Young", LibraryWine.LAST_VINTAGE, bd("1")))));
        applied(engine, LinkReference.almost(linkable(engine, "P1"), "w1", 1800));

        assertThat(engine.wine("w1").orElseThrow().vintage()).isEqualTo(1800);
    }

    @Test
    void badStockAdjustmentsAndCentreMappings_areRejected() {
        SyncEngine engine = engineWithSiteAndWines();

        assertThat(rejected(engine, new AdjustStock("w404", null, bd("1"), "count")).reason())
                .isEqualTo(Reason.UNKNOWN_WINE);
        assertThat(rejected(engine, new AdjustStock("w1", null, bd("0"), "count")).reason())
                .isEqualTo(Reason.INVALID_ADJUSTMENT);
        assertThat(rejected(engine, new AdjustStock("w1", null, bd("1"), " ")).reason())
                .isEqualTo(Reason.INVALID_ADJUSTMENT);
        assertThat(rejected(engine, new MapCentre(new SiteId("ELSEWHERE"), "BAR", "bar")).reason())
                .isEqualTo(Reason.UNKNOWN_SITE);
        assertThat(rejected(engine, new MapCentre(SITE, "BAR", "")).reason()).isEqualTo(Reason.INVALID_CELLAR);
    }

    @Test
    void aCatalogueEntryOfAnotherSite_isRejected_andAResetReportOfAnUnknownWine_too() {
        SyncEngine engine = engineWithSiteAndWines();

        Rejection mismatch = rejected(engine, new ImportCatalogue(SITE, List.of(new CatalogueEntry(
                PosReferenceId.of("OTHER", "P1"), "x", null, null, null, null))));
        Rejection unknownWine = rejected(engine, new PrepareResetReport(List.of("w1", "w404")));

        assertThat(mismatch.reason()).isEqualTo(Reason.SITE_MISMATCH);
        assertThat(unknownWine.value()).isEqualTo("w404");
        assertThat(engine.resetReport().rows()).isEmpty();
    }

    @Test
    void malformedValues_failFastWithTheValueInTheMessage() {
        assertThatThrownBy(() -> new SiteId(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BottlesPerUnit.parse("a glass"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a glass");
        assertThatThrownBy(() -> BottlesPerUnit.parse("1/0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1/0");
    }
}
