package io.cellarsync.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** Text that must stay on one line: shown printable, or refused when the operator gives it. */
class OneLineTextTest {

    @Test
    void printable_showsEachControlCharacterAsAnEscape_andKeepsTheRest() {
        assertThat(OneLineText.printable("Château\nMargaux\t\u001B[2J\r\u2028é")).isEqualTo(
                "Château\\u000AMargaux\\u0009\\u001B[2J\\u000D\\u2028é");
        assertThat(OneLineText.printable("CH MARGAUX 2015 BTL")).isEqualTo("CH MARGAUX 2015 BTL");
    }

    @Test
    void problem_namesTheFirstControlCharacter() {
        assertThat(OneLineText.problem("two broken\nin the cellar")).hasValue("holds a line break (U+000A)");
        assertThat(OneLineText.problem("bar\tterrace")).hasValue("holds a tab (U+0009)");
        assertThat(OneLineText.problem("\u001B[31mred")).hasValue("holds an escape character (U+001B)");
        assertThat(OneLineText.problem("a\u0007b")).hasValue("holds a control character (U+0007)");
        assertThat(OneLineText.problem("Côtes du Rhône 2020, 75 cl")).isEmpty();
    }

    @Test
    void theOptionConverter_refusesAControlCharacter_namingTheValuePrintable() {
        OneLineText.Option option = new OneLineText.Option();

        assertThat(option.convert("two broken in the cellar")).isEqualTo("two broken in the cellar");
        assertThatThrownBy(() -> option.convert("two broken\nin the cellar"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'two broken\\u000Ain the cellar' holds a line break (U+000A); give one line of text"
                        + " without control characters (line breaks, tabs, escapes)");
    }
}
