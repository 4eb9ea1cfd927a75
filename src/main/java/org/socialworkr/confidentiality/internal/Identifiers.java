package org.socialworkr.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.confidentiality.FindingKind;

/** What the rules for labelled numbers (case, record, plate) share. */
final class Identifiers {

    /** "#", "no.", "number", "ID" or a colon between a label and its number. */
    static final String MARKER = "(?:\\s*(?:#|no\\.?|nos?\\.|num(?:ber)?\\.?|id)\\s*[:#]?|\\s*:)";

    /** An identifier: letters, digits and dashes, beginning and ending with a letter or digit. */
    static final String ID = "([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)";

    private Identifiers() {}

    static int digits(String value) {
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** Spans of {@code pattern}, label included, whose group 1 holds at least {@code minDigits} digits. */
    static List<Span> labelled(String text, Pattern pattern, FindingKind kind, int minDigits) {
        return labelled(text, pattern, kind, number -> digits(number) >= minDigits);
    }

    static List<Span> labelled(String text, Pattern pattern, FindingKind kind, Predicate<String> accepted) {
        List<Span> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (accepted.test(matcher.group(1))) {
                found.add(new Span(kind, matcher.start(), matcher.end(1)));
            }
        }
        return found;
    }
}
