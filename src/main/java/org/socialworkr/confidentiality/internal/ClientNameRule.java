package org.socialworkr.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.confidentiality.FindingKind;

/**
 * Names tied to client context. A capitalized name is only flagged where the text makes it a
 * client's: after a client word ("my client Maria", "a youth on my caseload, Jaden", "the mother,
 * Ana", "a girl named Rosa"), before one ("Maria, a client of mine"), with an age ("Maria, 15,"
 * or "Maria (15)") or as "the Rivera family". Names elsewhere, such as an author cited as
 * "Linehan (1993)" or "as Brené Brown writes", are not client context and stay quiet. Initials
 * are not flagged: using them is the usual way to de-identify.
 */
final class ClientNameRule implements Rule {

    /** One name word of two letters or more: Maria, O'Neil, Mary-Kate, Zoë. */
    private static final String WORD =
            "\\p{Lu}(?:\\p{Ll}+|['’]\\p{Lu}\\p{Ll}+)(?:-\\p{Lu}?\\p{Ll}+|['’](?!s\\b)\\p{Lu}?\\p{Ll}+){0,3}";

    private static final String NAME =
            "(?<name>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+)?(?<first>" + WORD + ")(?:\\s+(?<second>" + WORD + "))?)";

    /** Words that make the next name a client's, whoever says them. */
    private static final String CLIENT = "clients?|patients?|consumers?|residents?|participants?|youths?|kids?|teens?"
            + "|teenagers?|adolescents?|students?|mentees?|survivors?|service\\s+users?|foster\\s+(?:child|kid|youth|daughter|son)";

    /** Family words: a client's relative after "the", "a" or "her", but the author's own after "my". */
    private static final String KIN = "mother|father|mom|mum|dad|grand(?:mother|father|ma|pa)|aunt|uncle|sister|brother"
            + "|son|daughter|child|baby|infant|toddler|caregiver|guardian|parent";

    /** Words that need "named" or "called" before a name ("a woman named Rosa"). */
    private static final String PERSON = "man|woman|boy|girl|gentleman|lady|person|veteran|elder|senior|neighbou?r";

    private static final String DETERMINER =
            "(?<det>(?i:my|our|a|an|the|this|that|his|her|their|whose|one|another)\\s+)?";

    private static final String LINK =
            "(?:\\s+(?:on|from|in)\\s+(?:my|our)\\s+(?:caseload|unit|ward|team|program|group))?"
                    + "(?:\\s*,\\s*|\\s+(?<named>named|called)\\s+|\\s+)";

    private static final Pattern AFTER_CLIENT_WORD =
            Pattern.compile("\\b" + DETERMINER + "(?<cue>" + CLIENT + "|" + KIN + "|" + PERSON + ")" + LINK + NAME);

    private static final Pattern WITH_AGE = Pattern.compile("(?<![\\p{L}(’'])" + NAME
            + "(?:\\s*,\\s*(?:age[d]?\\s+)?(?<age>\\d{1,3})(?=\\s*(?:[,.;:!?)]|$|y/?o\\b|yrs?\\b|years?[- ]old\\b|-year-old))"
            + "|\\s*\\(\\s*(?:age[d]?\\s+)?(?<age2>\\d{1,3})\\s*(?:y/?o|yrs?)?\\s*\\))");

    private static final Pattern BEFORE_CLIENT_WORD = Pattern.compile("(?<![\\p{L}’'])" + NAME
            + ",\\s+(?:who\\s+is\\s+)?(?:(?:my|our|a|an|one\\s+of\\s+my|one\\s+of\\s+our)\\s+(?:\\d{1,3}[- ]year[- ]old\\s+)?"
            + "(?:" + CLIENT + ")|the\\s+(?:" + KIN + "))\\b");

    private static final Pattern FAMILY = Pattern.compile(
            "\\b(?i:the)\\s+(?<name>(?<first>" + WORD + "))\\s+(?:family|kids|children|household|siblings|twins)\\b");

    /** Capitalized words that are not names: sentence openers, days, months, titles and programs. */
    private static final Set<String> NOT_NAMES = Set.of(
            "i",
            "i'm",
            "i've",
            "in",
            "at",
            "on",
            "from",
            "to",
            "for",
            "with",
            "by",
            "of",
            "as",
            "about",
            "during",
            "since",
            "until",
            "over",
            "under",
            "between",
            "among",
            "without",
            "within",
            "per",
            "like",
            "not",
            "he",
            "she",
            "they",
            "we",
            "it",
            "you",
            "this",
            "that",
            "these",
            "those",
            "the",
            "a",
            "an",
            "and",
            "but",
            "or",
            "so",
            "then",
            "also",
            "still",
            "because",
            "if",
            "when",
            "while",
            "after",
            "before",
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "last",
            "next",
            "now",
            "here",
            "there",
            "again",
            "however",
            "later",
            "well",
            "anyway",
            "yes",
            "no",
            "okay",
            "ok",
            "thanks",
            "please",
            "hi",
            "hello",
            "colleagues",
            "friends",
            "folks",
            "everyone",
            "team",
            "all",
            "some",
            "many",
            "most",
            "every",
            "each",
            "one",
            "two",
            "three",
            "first",
            "second",
            "his",
            "her",
            "their",
            "our",
            "my",
            "who",
            "what",
            "why",
            "how",
            "where",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "services",
            "service",
            "care",
            "center",
            "centre",
            "portal",
            "rights",
            "intake",
            "support",
            "manager",
            "coordinator",
            "advocate",
            "program",
            "programs",
            "relations",
            "experience",
            "success",
            "assistance",
            "agreement",
            "handbook",
            "confidentiality",
            "satisfaction",
            "survey",
            "chapter",
            "section",
            "figure",
            "table",
            "page",
            "step",
            "room",
            "grade",
            "level",
            "tier",
            "phase",
            "part",
            "question",
            "item",
            "session",
            "week",
            "day",
            "module",
            "unit",
            "volume",
            "vol",
            "number",
            "version",
            "exhibit",
            "appendix",
            "rule",
            "article",
            "title",
            "box",
            "floor",
            "wave",
            "cohort",
            "group",
            "class",
            "year",
            "age",
            "ages",
            "medicaid",
            "medicare",
            "snap",
            "wic",
            "tanf",
            "ssi",
            "ssdi",
            "zoom",
            "facebook",
            "google",
            "teams",
            "school",
            "high",
            "court",
            "hospital",
            "mental",
            "health",
            "protective",
            "welfare",
            "family",
            "foster",
            "black",
            "white",
            "brown",
            "native",
            "indigenous",
            "latino",
            "latina",
            "latinx",
            "hispanic",
            "asian",
            "african",
            "american",
            "muslim",
            "jewish",
            "christian",
            "catholic",
            "immigrant",
            "refugee",
            "military",
            "deaf",
            "queer",
            "trans",
            "lgbtq",
            "amish",
            "sikh",
            "hindu",
            "buddhist",
            "arab",
            "dutch",
            "french",
            "greek",
            "thai",
            "hmong",
            "navajo",
            "cherokee",
            "lakota",
            "modern",
            "nuclear",
            "extended",
            "blended",
            "whole",
            "entire",
            "average",
            "typical",
            "perfect",
            "happy",
            "new",
            "old",
            "young",
            "same",
            "other",
            "often",
            "once",
            "sometimes",
            "instead",
            "meanwhile",
            "finally",
            "recently",
            "sadly",
            "overall",
            "together",
            "above",
            "below",
            "note",
            "update",
            "edit",
            "reminder",
            "tip",
            "psa",
            "fyi",
            "ps");

    /** "In Boston, a client…": a capitalized word after a preposition is a place, not a name. */
    private static final Pattern PREPOSITION = Pattern.compile(
            "(?i)\\b(?:in|at|from|to|near|across|around|outside|inside|throughout|of|on|for|with|by|via|into)\\s+$");

    private static final Pattern OWN_FAMILY = Pattern.compile("(?i)\\b(?:my|our)\\s+(?:" + KIN + ")s?\\s*,?\\s*$");

    /** "The Korean family", "the Jewish family": nationalities and faiths, not surnames, in front of "family". */
    private static final Pattern ADJECTIVE = Pattern.compile("(?:an|ese|ish|ic|i)$");

    /** Verbs after a name that make it an author being cited, not a client. */
    private static final Pattern CITED =
            Pattern.compile("^(?:\\s*\\(\\s*\\d{4}|\\s+et\\s+al\\b|\\s+(?:writes|wrote|argues|argued|"
                    + "notes|noted|says|said\\s+in|suggests|suggested|describes|described|found|finds|calls|called\\s+this|puts\\s+it)\\b|['’]s\\s+"
                    + "(?:book|work|research|model|theory|study|article|framework|essay|paper|talk)\\b)");

    @Override
    public List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        Matcher afterCue = AFTER_CLIENT_WORD.matcher(text);
        while (afterCue.find()) {
            if (clientContext(afterCue) && !cited(text, afterCue.end("name"))) {
                addName(found, afterCue, afterCue.end("name"));
            }
        }
        Matcher withAge = WITH_AGE.matcher(text);
        while (withAge.find()) {
            String age = withAge.group("age") != null ? withAge.group("age") : withAge.group("age2");
            if (Integer.parseInt(age) <= 110
                    && isName(withAge.group("first"))
                    && !place(text, withAge.start("name"))
                    && !ownFamily(text, withAge.start("name"))
                    && !cited(text, withAge.end("name"))) {
                found.add(new Span(FindingKind.CLIENT_NAME, withAge.start("name"), withAge.end()));
            }
        }
        Matcher beforeCue = BEFORE_CLIENT_WORD.matcher(text);
        while (beforeCue.find()) {
            String first = beforeCue.group("first");
            if (isName(first) && !first.endsWith("ly") && !place(text, beforeCue.start("name"))) {
                found.add(new Span(FindingKind.CLIENT_NAME, beforeCue.start("name"), beforeCue.end("name")));
            }
        }
        Matcher family = FAMILY.matcher(text);
        while (family.find()) {
            if (isName(family.group("first"))
                    && !ADJECTIVE.matcher(family.group("first")).find()) {
                found.add(new Span(FindingKind.CLIENT_NAME, family.start("name"), family.end("name")));
            }
        }
        return found;
    }

    /** A family word after "my" or "our" is the author's own family; a plain "woman" needs "named". */
    private static boolean clientContext(Matcher matcher) {
        String cue = matcher.group("cue");
        String det =
                matcher.group("det") == null ? "" : matcher.group("det").trim().toLowerCase(Locale.ROOT);
        boolean named = matcher.group("named") != null;
        if (cue.matches(KIN)) {
            return named || !(det.isEmpty() || det.equals("my") || det.equals("our"));
        }
        if (cue.matches(PERSON)) {
            return named;
        }
        return true;
    }

    private static void addName(List<Span> found, Matcher matcher, int nameEnd) {
        if (!isName(matcher.group("first"))) {
            return;
        }
        int end = matcher.group("second") != null && !isName(matcher.group("second")) ? matcher.end("first") : nameEnd;
        found.add(new Span(FindingKind.CLIENT_NAME, matcher.start("name"), end));
    }

    private static boolean isName(String word) {
        return word != null && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "My daughter Emma, 6": the author's own family, not a client. */
    private static boolean ownFamily(String text, int nameStart) {
        return OWN_FAMILY
                .matcher(text.substring(Math.max(0, nameStart - 30), nameStart))
                .find();
    }

    private static boolean place(String text, int nameStart) {
        return PREPOSITION
                .matcher(text.substring(Math.max(0, nameStart - 15), nameStart))
                .find();
    }

    private static boolean cited(String text, int nameEnd) {
        return CITED.matcher(text.substring(nameEnd, Math.min(text.length(), nameEnd + 40)))
                .find();
    }
}
