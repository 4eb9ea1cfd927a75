package org.socialworkr.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.confidentiality.FindingKind;

/**
 * Dates of birth: a date (day and month, with or without the year, or month and year) right
 * after "DOB", "date of birth", "born" or "birthday". A date on its own (a conference on June 12,
 * 2026) is not flagged, nor a year of birth alone, which HIPAA allows, nor a birth before 1900:
 * that is a historical figure, not a client.
 */
final class DateOfBirthRule implements Rule {

    private static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";

    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";

    private static final String YEAR = "(\\d{4})";

    private static final String DATE = "(?:"
            + "(?:[12]\\d|3[01]|0?[1-9])[/.-](?:[12]\\d|3[01]|0?[1-9])[/.-](\\d{4}|\\d{2})(?!\\d)"
            + "|(\\d{4})-[01]?\\d-[0-3]?\\d(?!\\d)"
            + "|" + DAY + "(?:\\s+of)?\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?"
            + "|" + MONTH + "\\s+" + DAY + "(?!\\d)(?:,?\\s+" + YEAR + ")?"
            + "|" + MONTH + ",?\\s+" + YEAR + ")";

    private static final Pattern BIRTH_DATE =
            Pattern.compile("(?i)\\b(?:D\\.?O\\.?B\\.?|date\\s+of\\s+birth|birth\\s?date|birthday"
                    + "|born)\\s*(?:is|was|on|in|of|:|-)?\\s*(?:is\\s+|was\\s+|on\\s+|in\\s+)?" + DATE + "(?![\\w/])");

    @Override
    public List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        Matcher date = BIRTH_DATE.matcher(text);
        while (date.find()) {
            if (!historical(date)) {
                found.add(new Span(FindingKind.DATE_OF_BIRTH, date.start(), date.end()));
            }
        }
        return found;
    }

    private static boolean historical(Matcher date) {
        for (int group = 1; group <= date.groupCount(); group++) {
            String year = date.group(group);
            if (year != null && year.length() == 4) {
                return Integer.parseInt(year) < 1900;
            }
        }
        return false;
    }
}
