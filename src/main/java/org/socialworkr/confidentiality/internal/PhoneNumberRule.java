package org.socialworkr.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.confidentiality.FindingKind;

/**
 * Phone numbers that may be a client's. Sharing a service's number is what social workers do all
 * day, so these are left alone: toll-free numbers (a person's phone never is), short codes such
 * as 988 or 211, and numbers introduced as a hotline, helpline, crisis line, office, front desk or
 * an organization's line. When a personal word ("client", "mom", "her cell") stands closer to the
 * number than the organization's, the number is flagged after all.
 */
final class PhoneNumberRule implements Rule {

    /** North American numbers with a valid area code and exchange, in the usual spellings. */
    private static final Pattern NANP = Pattern.compile("(?<![\\w+.-])(?:\\+?1[\\s.-]?)?"
            + "(?:\\(([2-9]\\d{2})\\)\\s?|([2-9]\\d{2})[\\s.-]?)"
            + "[2-9]\\d{2}[\\s.-]?\\d{4}(?![\\w-]|\\.\\d)");

    /** Other countries, written with their calling code: +44 20 7946 0958. */
    private static final Pattern INTERNATIONAL =
            Pattern.compile("(?<![\\w+])\\+(?!1\\b)[2-9]\\d{0,2}(?:[\\s.-]?\\d{2,4}){2,5}(?![\\w-])");

    private static final Set<String> TOLL_FREE = Set.of("800", "833", "844", "855", "866", "877", "888");

    private static final Pattern SERVICE_BEFORE =
            Pattern.compile("(?i)\\b(?:hot\\s?line|help\\s?line|crisis\\s+(?:line|center|centre)"
                    + "|life\\s?line|warm\\s?line|text\\s?line|tip\\s?line|talk\\s?line|call\\s+cent(?:er|re)|switchboard"
                    + "|main\\s+(?:office|line|number|desk)|front\\s+desk|reception|office|toll[- ]free|tty|tdd|fax|24/7"
                    + "|agency|clinic|cent(?:er|re)|program(?:me)?|organi[sz]ation|chapter|foundation|association|coalition"
                    + "|project|department|dept|hospital|services|shelter|headquarters|intake\\s+line|appointments?"
                    + "|call\\s+us|reach\\s+us|text\\s+us|our\\s+(?:number|line|team))\\b");

    private static final Pattern SERVICE_AFTER = Pattern.compile(
            "(?i)^\\s*[(,:–—-]?\\s*(?:toll[- ]free|hot\\s?line|help\\s?line|crisis\\s+line|24/7|24\\s+hours|main\\s+office|office|tty|fax)\\b");

    private static final Pattern PERSONAL_BEFORE =
            Pattern.compile("(?i)\\b(?:client|patient|consumer|youth|kid|teen|mother|mom|mum"
                    + "|father|dad|parent|grand(?:mother|ma|father|pa)|family|caregiver|foster|her|his|their|cell|mobile"
                    + "|home\\s+(?:phone|number)|personal|private)(?:'s)?\\b");

    @Override
    public List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        Matcher nanp = NANP.matcher(text);
        while (nanp.find()) {
            String area = nanp.group(1) != null ? nanp.group(1) : nanp.group(2);
            if (!TOLL_FREE.contains(area) && !introducedAsService(text, nanp.start(), nanp.end())) {
                found.add(new Span(FindingKind.PHONE_NUMBER, nanp.start(), nanp.end()));
            }
        }
        Matcher international = INTERNATIONAL.matcher(text);
        while (international.find()) {
            int digits = Identifiers.digits(international.group());
            if (digits >= 8 && digits <= 15 && !introducedAsService(text, international.start(), international.end())) {
                found.add(new Span(FindingKind.PHONE_NUMBER, international.start(), international.end()));
            }
        }
        return found;
    }

    private static boolean introducedAsService(String text, int start, int end) {
        if (SERVICE_AFTER.matcher(Sentences.after(text, end, 30)).find()) {
            return true;
        }
        String before = Sentences.before(text, start, 80);
        int service = lastEnd(SERVICE_BEFORE, before);
        return service >= 0 && service > lastEnd(PERSONAL_BEFORE, before);
    }

    private static int lastEnd(Pattern pattern, String text) {
        int end = -1;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            end = matcher.end();
        }
        return end;
    }
}
