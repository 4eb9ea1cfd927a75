package org.socialworkr.confidentiality.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The surroundings of a match that rules look at for context. Context is taken from the same
 * sentence only: a hotline named in one sentence says nothing about a number in the next.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "st", "dr", "mr", "mrs", "ms", "mx", "jr", "sr", "apt", "ave", "rd", "blvd", "ste", "vs", "etc", "e", "g",
            "i", "n", "s", "w", "mt", "ft", "hwy", "dept", "univ", "prof", "rev", "sgt", "lt", "capt", "gov");

    private Sentences() {}

    /** Up to {@code max} characters before {@code index}, from the start of its sentence. */
    static String before(String text, int index, int max) {
        int from = Math.max(0, index - max);
        for (int i = index - 1; i > from; i--) {
            if (endsSentence(text, i)) {
                from = i + 1;
                break;
            }
        }
        return text.substring(from, index);
    }

    /** Up to {@code max} characters from {@code index}, to the end of its sentence. */
    static String after(String text, int index, int max) {
        int to = Math.min(text.length(), index + max);
        for (int i = index; i < to; i++) {
            if (endsSentence(text, i)) {
                to = i;
                break;
            }
        }
        return text.substring(index, to);
    }

    /**
     * A line break, or a full stop, question or exclamation mark followed by a space. A full stop
     * after a common abbreviation does not count.
     */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
            return true;
        }
        boolean punctuation = (c == '.' || c == '!' || c == '?')
                && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i + 1));
        return punctuation && !(c == '.' && abbreviation(text, i));
    }

    /** "St. Mary's", "Dr. Lee", "No. 4": a full stop after these does not end the sentence. */
    private static boolean abbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return ABBREVIATIONS.contains(text.substring(start, dot).toLowerCase(Locale.ROOT));
    }
}
