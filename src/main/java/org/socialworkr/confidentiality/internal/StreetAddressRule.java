package org.socialworkr.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.confidentiality.FindingKind;

/**
 * Street addresses: a house number, a capitalized street name and a street type ("42 Elm
 * Street", "1600 N. Oak Ave, Apt 3B"), or any spelling after "lives at", "moved to", "address".
 * "Lives on Elm Street" is flagged even without a number. An address given for an office,
 * agency, clinic or event ("our office at 100 Main Street", "the conference at 1 Harbor Way")
 * is left alone, unless someone is said to live there.
 */
final class StreetAddressRule implements Rule {

    private static final String TYPE =
            "(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Terrace|Way|Circle|Parkway"
                    + "|Highway|Square|Trail|Alley|Row|Crescent|Close)\\b"
                    + "|(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Cir|Pkwy|Hwy|Sq|Trl)\\b\\.?)";

    private static final String UNIT = "(?:,?\\s+(?:Apt\\.?|Apartment|Unit|Suite|Ste\\.?|#)\\s*[A-Za-z0-9-]+)?";

    private static final String DIRECTION = "(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?\\s+)?";

    private static final Pattern STRICT = Pattern.compile("(?<![\\w.,/$-])\\d{1,6}[A-Za-z]?\\s+" + DIRECTION
            + "(?:(?:\\p{Lu}[\\p{L}'’.-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}" + TYPE + UNIT);

    private static final String RESIDENCE =
            "(?i:\\b(?:(?:lives|living|live|resides|residing|stays|staying|moved|moving)"
                    + "\\s+(?:at|on|to|in)|address(?:\\s+is)?\\s*:?|(?:home|house)\\s+is(?:\\s+at|\\s+on)?)\\s+)";

    private static final Pattern RESIDENT_NUMBERED = Pattern.compile(
            RESIDENCE + "(\\d{1,6}[A-Za-z]?\\s+(?:[\\p{L}\\d'’.-]+\\s+){1,3}(?i:" + TYPE + ")" + UNIT + ")");

    private static final Pattern RESIDENT_NAMED =
            Pattern.compile(RESIDENCE + "(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}" + TYPE + ")");

    private static final Pattern PUBLIC_PLACE =
            Pattern.compile("(?i)\\b(?:office|offices|agency|clinic|cent(?:er|re)|headquarters|hq"
                    + "|conference|workshop|training|meeting|summit|rally|event|venue|open\\s+house|fair|held|hosted|join\\s+us"
                    + "|visit\\s+us|find\\s+us|meet\\s+us|library|city\\s+hall|courthouse|church|museum|university|college"
                    + "|food\\s+(?:bank|pantry)|program(?:me)?)\\b");

    @Override
    public List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        Matcher strict = STRICT.matcher(text);
        while (strict.find()) {
            if (!PUBLIC_PLACE
                    .matcher(Sentences.before(text, strict.start(), 80))
                    .find()) {
                found.add(new Span(FindingKind.STREET_ADDRESS, strict.start(), strict.end()));
            }
        }
        for (Pattern resident : List.of(RESIDENT_NUMBERED, RESIDENT_NAMED)) {
            Matcher matcher = resident.matcher(text);
            while (matcher.find()) {
                found.add(new Span(FindingKind.STREET_ADDRESS, matcher.start(1), matcher.end(1)));
            }
        }
        return found;
    }
}
