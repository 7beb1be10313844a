package io.cellarsync.matching;

import java.util.function.IntFunction;

/**
 * A sparkling wine's dosage as a label or a name writes it: brut nature, extra brut, brut, extra dry, sec, demi-sec,
 * doux. A label naming one and a wine named with another are two wines of one house ("VINCENT D'ASTREE 1ER EXTRA BR"
 * is not the house's Premier Cru Brut, "JP CHENET GOLD SPARKLING DEMI-SEC" not its Brut Sparkling), as two grape
 * varieties are. A label's "BRUT" may be a "Brut Nature" or an "Extra Brut" cut short, and its "EXTRA" either extra:
 * neither conflicts with them.
 */
enum Dosage {
    NONE, NATURE, EXTRA_BRUT, EXTRA, BRUT, EXTRA_DRY, SEC, DEMI_SEC, DOUX;

    /** The dosage words, in folded terms, the label or name at {@code words} writes ({@code count} of them). */
    static Dosage of(int count, IntFunction<String> words) {
        boolean brut = false;
        boolean extra = false;
        boolean dry = false;
        boolean sec = false;
        boolean demi = false;
        boolean doux = false;
        boolean pas = false;
        boolean zero = false;
        for (int i = 0; i < count; i++) {
            switch (words.apply(i)) {
                case "nature" -> {
                    return NATURE;
                }
                case "brut" -> brut = true;
                case "extra" -> extra = true;
                case "dry" -> dry = true;
                case "sec" -> sec = true;
                case "demi" -> demi = true;
                case "doux" -> doux = true;
                case "pas" -> pas = true;
                case "zero" -> zero = true;
                case "dose", "dosage" -> {
                    if (pas || zero) {
                        return NATURE;
                    }
                }
                default -> { }
            }
        }
        if (extra) {
            return brut ? EXTRA_BRUT : dry || sec ? EXTRA_DRY : EXTRA;
        }
        if (demi && sec) {
            return DEMI_SEC;
        }
        return brut ? BRUT : sec ? SEC : doux ? DOUX : NONE;
    }

    /** Whether a label of this dosage and a wine named with {@code wine}'s are two wines. */
    boolean conflictsWith(Dosage wine) {
        if (this == NONE || wine == NONE || this == wine) {
            return false;
        }
        if (this == BRUT) {
            return wine != NATURE && wine != EXTRA_BRUT;
        }
        if (this == EXTRA) {
            return wine != EXTRA_BRUT && wine != EXTRA_DRY;
        }
        return true;
    }
}
