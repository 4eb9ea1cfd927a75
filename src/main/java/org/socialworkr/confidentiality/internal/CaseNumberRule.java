package org.socialworkr.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.socialworkr.confidentiality.FindingKind;

/**
 * Case, file, referral, report and record numbers: "case #2024-18833", "record no. 4481", "CPS
 * report 2023-4471". With a marker ("#", "no.", "ID", a colon) three digits are enough; without
 * one the number must look like an identifier (five digits or more, or digits joined by a dash),
 * so that "in case 2025 is busy" or "case 3 in the textbook" stay quiet.
 */
final class CaseNumberRule implements Rule {

    private static final String LABEL =
            "(?i)(?<!\\bin\\s)\\b(?:case|file|docket|referral|intake|petition|incident|report|record|client)";

    private static final Pattern MARKED = Pattern.compile(LABEL + Identifiers.MARKER + "\\s*" + Identifiers.ID);

    private static final Pattern UNMARKED =
            Pattern.compile(LABEL + "\\s+([A-Za-z]{0,4}-?(?:\\d{5,}|\\d+(?:-(?:[A-Za-z]{1,4}-)?\\d+){1,6}))(?![\\w-])");

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(?:19|20)\\d\\d-(?:\\d\\d|(?:19|20)\\d\\d)");

    @Override
    public List<Span> find(String text) {
        List<Span> found = new ArrayList<>(Identifiers.labelled(text, MARKED, FindingKind.CASE_NUMBER, 3));
        found.addAll(Identifiers.labelled(text, UNMARKED, FindingKind.CASE_NUMBER, number -> !SCHOOL_YEAR
                .matcher(number)
                .matches()));
        return found;
    }
}
