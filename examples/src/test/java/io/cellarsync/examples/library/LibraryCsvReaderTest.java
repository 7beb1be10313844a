package io.cellarsync.examples.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryCsvReaderTest {

    private static List<LibraryRow> read(String csv) {
        return LibraryCsvReader.read(new StringReader(csv), "lib.csv");
    }

    @Test
    void columnsAreFoundByHeader_inAnyOrder_andUnknownColumnsAreIgnored() {
        List<LibraryRow> rows = read("""
                style,name,vintage,id,producer,stock,volume_ml,colour
                Torrt,Chablis 1er Cru,2018,w1,Domaine Laroche,6,750,white
                """);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo("w1");
            assertThat(row.name()).isEqualTo("Chablis 1er Cru");
            assertThat(row.producer()).isEqualTo("Domaine Laroche");
            assertThat(row.colour()).isEqualTo("white");
            assertThat(row.vintage()).hasValue(2018);
            assertThat(row.volumeMl()).hasValue(750);
            assertThat(row.stock()).contains(new BigDecimal("6"));
            assertThat(row.appellation()).isEmpty();
            assertThat(row.line()).isEqualTo(2);
        });
    }

    @Test
    void onlyIdAndName_areEnough() {
        List<LibraryRow> rows = read("id,name\n1,Barolo\n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.producer()).isEmpty();
            assertThat(row.vintage()).isEmpty();
            assertThat(row.volumeMl()).isEmpty();
            assertThat(row.stock()).isEmpty();
            assertThat(row.grapes()).isEmpty();
        });
    }

    @Test
    void aNameOrAnotherFieldHoldingALineBreakOrATab_isRefusedWithItsLine() {
        // An operator's review: a name on two lines split the rows of stock, links and queue tables.
        assertThatThrownBy(() -> read("""
                id,name
                1,Margaux
                2,"Two
                lines"
                """)).isInstanceOf(LibraryCsvException.class).hasMessageContaining("line 3")
                .hasMessageContaining("the name 'Two\\u000Alines' holds a line break (U+000A)")
                .hasMessageContaining("remove it from the file");
        assertThatThrownBy(() -> read("id,name,producer\n1,Margaux,Ch\tMargaux\n"))
                .hasMessageContaining("line 2").hasMessageContaining("the producer 'Ch\\u0009Margaux' holds a tab");
    }

    @Test
    void quotedFields_mayHoldCommasQuotesAndNewlines() {
        // A newline is read as part of its quoted field; only a column the runner ignores may keep it (below).
        List<LibraryRow> rows = read("""
                id,name,grapes,notes
                1,"Clos ""Les Perrières"", Meursault","Chardonnay, Aligoté",
                2,Two,,"bought at auction,
                two cases"
                3,Third,,
                """);

        assertThat(rows).extracting(LibraryRow::name)
                .containsExactly("Clos \"Les Perrières\", Meursault", "Two", "Third");
        assertThat(rows).extracting(LibraryRow::line).containsExactly(2, 3, 5);
        assertThat(rows.get(0).grapes()).containsExactly("Chardonnay", "Aligoté");
        assertThat(rows.get(2).line()).isEqualTo(5);
    }

    @Test
    void nonVintageWords_andSystembolagetPacks_areRead() {
        List<LibraryRow> rows = read("id,name,vintage,volume_ml\n1,A,NV,6flaskorà750\n2,B,,1500\n3,C,0,750\n");

        assertThat(rows.get(0).vintage()).isEmpty();
        assertThat(rows.get(2).vintage()).isEmpty();
        assertThat(rows.get(0).volumeMl()).hasValue(750);
        assertThat(rows.get(1).volumeMl()).hasValue(1500);
    }

    @Test
    void aSystembolagetTasteStyleNamingOneColour_isTheColour_whenTheRowHasNone() {
        List<LibraryRow> rows = read("""
                id,name,style,colour
                1,Alvaroni Cava Organic,Rosé,
                2,Chablis,Torrt vitt,
                3,Barolo,Kryddigt & Mustigt,
                4,Riesling,Fruktigt & Smakrikt,
                5,Pinot Noir,Rosé,red
                """);

        assertThat(rows).extracting(LibraryRow::colour).containsExactly("rosé", "white", "red", "", "red");
    }

    @Test
    void aHeaderWithoutId_isRejectedOnLine1() {
        assertThatThrownBy(() -> read("name,producer\nBarolo,X\n"))
                .isInstanceOf(LibraryCsvException.class)
                .hasMessageContaining("lib.csv line 1")
                .hasMessageContaining("'id'");
    }

    @Test
    void aHeaderWithoutName_isRejected() {
        assertThatThrownBy(() -> read("id,producer\n1,X\n"))
                .isInstanceOf(LibraryCsvException.class)
                .hasMessageContaining("'name'");
    }

    @Test
    void aDuplicateId_isRejectedWithItsLineNumber() {
        assertThatThrownBy(() -> read("id,name\n1,A\n2,B\n1,C\n"))
                .isInstanceOf(LibraryCsvException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("duplicate id '1'")
                .extracting(e -> ((LibraryCsvException) e).line()).isEqualTo(4);
    }

    @Test
    void aRowWithTooManyFields_isRejected() {
        assertThatThrownBy(() -> read("id,name\n1,A\n2,Barolo, Riserva\n"))
                .isInstanceOf(LibraryCsvException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("expected 2 fields");
    }

    @Test
    void badNumbers_areRejectedNamingTheValue() {
        assertThatThrownBy(() -> read("id,name,vintage\n1,A,15\n"))
                .hasMessageContaining("vintage '15'");
        assertThatThrownBy(() -> read("id,name,volume_ml\n1,A,big\n"))
                .hasMessageContaining("volume_ml 'big'");
        assertThatThrownBy(() -> read("id,name,stock\n1,A,-2\n"))
                .hasMessageContaining("stock '-2'");
        assertThatThrownBy(() -> read("id,name,stock\n1,A,six\n"))
                .hasMessageContaining("stock 'six'");
    }

    @Test
    void volumesThatAreNotWholeMillilitres_areRejected_notMisread() {
        for (String volume : new String[] {"750.5", "1.5", "\"1,500\"", "1 500", "7e2", "1.500"}) {
            assertThatThrownBy(() -> read("id,name,volume_ml\n1,A," + volume + "\n"))
                    .as(volume).hasMessageContaining("line 2").hasMessageContaining("volume_ml");
        }
        List<LibraryRow> packs = read("id,name,volume_ml\n1,A,6x750\n2,B,6 x 375\n3,C,3flaskorà750\n");
        assertThat(packs).extracting(r -> r.volumeMl().getAsInt()).containsExactly(750, 375, 750);
    }

    @Test
    void vintagesOutsideRealYears_areRejected() {
        for (String vintage : new String[] {"0000", "1500", "2999"}) {
            assertThatThrownBy(() -> read("id,name,vintage\n1,A," + vintage + "\n"))
                    .as(vintage).hasMessageContaining("line 2").hasMessageContaining("vintage '" + vintage + "'");
        }
        assertThat(read("id,name,vintage\n1,A,1870\n").get(0).vintage()).hasValue(1870);
    }

    @Test
    void aColumnNamedTwice_isRejected() {
        assertThatThrownBy(() -> read("id,name,id\n1,A,2\n")).hasMessageContaining("line 1")
                .hasMessageContaining("'id' twice");
    }

    @Test
    void aBlankIdOrName_isRejected() {
        assertThatThrownBy(() -> read("id,name\n ,A\n")).hasMessageContaining("id is blank");
        assertThatThrownBy(() -> read("id,name\n1,\n")).hasMessageContaining("name is blank");
    }

    @Test
    void anUnclosedQuote_isRejected() {
        assertThatThrownBy(() -> read("id,name\n1,\"A\n"))
                .isInstanceOf(LibraryCsvException.class)
                .hasMessageContaining("never closed");
    }

    @Test
    void textAfterAClosingQuote_isRejected_notJoined() {
        assertThatThrownBy(() -> read("id,name\n1,\"A\"B\n"))
                .isInstanceOf(LibraryCsvException.class)
                .hasMessageContaining("line 2").hasMessageContaining("after its closing quote");
    }

    @Test
    void emptyLinesAndLinesOfSpaces_holdNoWine() {
        assertThat(read("id,name\n\n1,A\n   \n,\n2,B\n\n")).extracting(LibraryRow::id).containsExactly("1", "2");
    }

    @Test
    void anEmptyFile_isRejected() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
    }

    @Test
    void aByteOrderMark_andCrLf_areAccepted() {
        List<LibraryRow> rows = read("\uFEFFid,name\r\n1,A\r\n2,B\r\n");

        assertThat(rows).extracting(LibraryRow::id).containsExactly("1", "2");
        assertThat(rows).extracting(LibraryRow::line).containsExactly(2, 3);
    }

    @Test
    void aByteOrderMark_beforeAQuotedHeader_isNotReadAsPartOfTheFirstField() {
        List<LibraryRow> rows = read("\uFEFF\"id\",\"name\",\"producer\"\r\n"
                + "\"1\",\"Margaux, Rouge\",\"X\"\r\n2,B,Y\r\n");

        assertThat(rows).extracting(LibraryRow::id).containsExactly("1", "2");
        assertThat(rows).extracting(LibraryRow::name).containsExactly("Margaux, Rouge", "B");
        assertThat(rows).extracting(LibraryRow::line).containsExactly(2, 3);
    }

    @Test
    void aLineBreakOfCrAloneInsideAQuotedField_countsAsALine_asItDoesOutsideOne() {
        // A review of the runner: a file of CR-only lines (classic Mac, some till exports) counted a CR ending a row but
        // not one inside a quoted field, so the duplicate below on line 4 was reported on line 3.
        assertThatThrownBy(() -> read("id,name,notes\rw1,A,\"x\ry\"\rw1,B,z\r"))
                .hasMessageContaining("line 4").hasMessageContaining("duplicate id 'w1'");
    }

    @Test
    void twoByteOrderMarks_asAFileSavedAgainByAToolThatAddsOne_areAccepted() {
        assertThat(read("\uFEFF\uFEFFid,name\n1,A\n")).extracting(LibraryRow::id).containsExactly("1");
    }

    @Test
    void aByteOrderMarkAlone_isAnEmptyFile() {
        assertThatThrownBy(() -> read("\uFEFF")).hasMessageContaining("empty");
    }
}
