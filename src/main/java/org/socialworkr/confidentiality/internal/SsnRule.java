package org.socialworkr.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.confidentiality.FindingKind;

/**
 * Social Security numbers. Grouped as 123-45-6789 (or with spaces) they are flagged anywhere; as
 * nine bare digits only after a word such as "SSN", since nine digits alone are too often
 * something else. Numbers the SSA never issues (area 000, 666 or 900-999, group 00, serial 0000)
 * are left alone.
 */
final class SsnRule implements Rule {

    private static final Pattern GROUPED = Pattern.compile("(?<![\\d-])(\\d{3})([- ])(\\d{2})\\2(\\d{4})(?![\\d-])");

    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(?:SSN|SS#|SS\\s?No\\.?|social\\s+security(?:\\s+(?:number|no\\.?|#))?|soc\\.?\\s*sec\\.?(?:\\s*(?:#|no\\.?))?)"
                    + "\\s*(?:is|was|:|#)?\\s*(\\d{3})(\\d{2})(\\d{4})(?!\\d)");

    @Override
    public List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        Matcher grouped = GROUPED.matcher(text);
        while (grouped.find()) {
            if (issuable(grouped.group(1), grouped.group(3), grouped.group(4))) {
                found.add(new Span(FindingKind.SSN, grouped.start(), grouped.end()));
            }
        }
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            if (issuable(named.group(1), named.group(2), named.group(3))) {
                found.add(new Span(FindingKind.SSN, named.start(), named.end()));
            }
        }
        return found;
    }

    static boolean issuable(String area, String group, String serial) {
        int a = Integer.parseInt(area);
        return a != 0 && a != 666 && a < 900 && !group.equals("00") && !serial.equals("0000");
    }
}
