package org.socialworkr.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.confidentiality.FindingKind;

/**
 * Licence plates (a HIPAA vehicle identifier), only after the word "plate" and only when the
 * value mixes capital letters and digits, as plates do: "plate 7ABC123", "license plate: XYZ-4421".
 */
final class LicensePlateRule implements Rule {

    private static final Pattern PLATE = Pattern.compile(
            "(?i)\\b(?:licen[cs]e\\s+)?plate(?:\\s*(?:#|no\\.?|number))?\\s*(?:is|was|reads|reading|:)?\\s*"
                    + "(?-i)([A-Z0-9]{1,4}[- ]?[A-Z0-9]{1,5})(?![\\w-])");

    @Override
    public List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        Matcher plate = PLATE.matcher(text);
        while (plate.find()) {
            String value = plate.group(1).replaceAll("[- ]", "");
            boolean letters = value.chars().anyMatch(Character::isLetter);
            boolean digits = value.chars().anyMatch(Character::isDigit);
            if (letters && digits && value.length() >= 5 && value.length() <= 8) {
                found.add(new Span(FindingKind.LICENSE_PLATE, plate.start(), plate.end(1)));
            }
        }
        return found;
    }
}
