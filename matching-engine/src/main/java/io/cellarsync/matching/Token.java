package io.cellarsync.matching;

/**
 * One raw token of folded text: a word, a number (possibly {@code 37.5} or {@code 1/2}) or a unit sign
 * ({@code %}, {@code °}).
 *
 * @param text the folded text
 * @param afterApostrophe whether an apostrophe came right before it ({@code '18})
 */
record Token(String text, boolean afterApostrophe) {

    boolean isNumber() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0)) && text.chars().allMatch(
                c -> Character.isDigit(c) || c == '.' || c == ',' || c == '/');
    }

    boolean isInteger() {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
