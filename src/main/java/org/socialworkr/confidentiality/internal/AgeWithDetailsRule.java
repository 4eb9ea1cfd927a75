package org.socialworkr.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.confidentiality.FindingKind;

/**
 * An age together with a named place that narrows it down to one person: "a 15-year-old girl at
 * Lincoln High", "a 9 y/o from Maple Court Apartments". An age alone ("a 15-year-old") or with a
 * city ("a 15-year-old in Boston") is left alone, and so are age ranges ("ages 12-18",
 * "16-year-olds"). Ages of 90 and over are flagged on their own, as HIPAA counts them as
 * identifying.
 */
final class AgeWithDetailsRule implements Rule {

    private static final Pattern AGE = Pattern.compile("(?i)(?<![\\d–-]\\s?|\\bto\\s|\\band\\s)(?:"
            + "\\b(?<years>\\d{1,3})[-\\s]?(?:years?|yrs?)[-\\s]old\\b(?!\\s*(?:and|or)\\s+(?:over|older|up))"
            + "|\\b(?<yo>\\d{1,3})\\s?y/?o\\b"
            + "|\\bage[ds]?\\s+(?<aged>\\d{1,3})\\b(?!\\s*(?:[-–+]|to\\b|and\\b|or\\b)))");

    /** A capitalized place after at, from, in, attends…: "Lincoln High", "St. Mary's Home". */
    private static final Pattern PLACE = Pattern.compile("\\b(?:at|from|in|attends|attending|goes\\s+to|enrolled\\s+at)"
            + "\\s+(?:the\\s+)?(?<place>(?:St\\.?\\s+)?\\p{Lu}[\\p{L}'’]*(?:\\s+\\p{Lu}[\\p{L}'’]*){0,4})");

    /** Words that make a place specific enough to single out a person in it. */
    private static final Pattern PLACE_TYPE = Pattern.compile("\\b(?:High|School|Elementary|Middle|Academy|Prep|College"
            + "|Hospital|Clinic|Shelter|Home|Homes|Cent(?:er|re)|Apartments|Apts|Village|Court|Park|Street|Avenue|Road"
            + "|Unit|Ward|Hall|Church|Mosque|Temple|Synagogue|Jail|Detention|Residence|Residential|House|Towers"
            + "|Projects|Estates|Heights|Manor|Gardens|St)\\b");

    private static final Pattern ADVANCED_AGE = Pattern.compile("(?i)\\b(?:my|our|a|an|the|this|that|his|her)\\s+$");

    @Override
    public List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        Matcher age = AGE.matcher(text);
        while (age.find()) {
            int years = Integer.parseInt(firstNonNull(age.group("years"), age.group("yo"), age.group("aged")));
            int placeEnd = specificPlaceEnd(Sentences.after(text, age.end(), 100));
            if (placeEnd > 0) {
                found.add(new Span(FindingKind.AGE_WITH_DETAILS, age.start(), age.end() + placeEnd));
            } else if (years >= 90
                    && years <= 120
                    && ADVANCED_AGE
                            .matcher(Sentences.before(text, age.start(), 12))
                            .find()) {
                found.add(new Span(FindingKind.AGE_WITH_DETAILS, age.start(), age.end()));
            }
        }
        return found;
    }

    /** Where the first specific place within a few words ends, or -1. */
    private static int specificPlaceEnd(String following) {
        Matcher place = PLACE.matcher(following);
        while (place.find() && place.start() <= 60) {
            if (PLACE_TYPE.matcher(place.group("place")).find()) {
                return place.end("place");
            }
        }
        return -1;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        throw new IllegalStateException("The age pattern always captures one of its groups");
    }
}
