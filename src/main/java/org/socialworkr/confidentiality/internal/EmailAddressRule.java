package org.socialworkr.confidentiality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialworkr.confidentiality.FindingKind;

/**
 * Email addresses of people. Role addresses of an organization (info@, intake@, help@…) and the
 * reserved example domains are left alone, and so are fediverse handles such as
 * {@code @maria@social.example}, which are mentions, not mail.
 */
final class EmailAddressRule implements Rule {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![@\\w.+%-])([A-Za-z0-9][A-Za-z0-9._%+-]*)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+){0,8}\\.[A-Za-z]{2,})\\b");

    private static final Set<String> ROLES = Set.of(
            "info",
            "contact",
            "help",
            "support",
            "hello",
            "office",
            "admin",
            "intake",
            "referral",
            "referrals",
            "press",
            "media",
            "news",
            "team",
            "jobs",
            "careers",
            "hr",
            "frontdesk",
            "reception",
            "webmaster",
            "noreply",
            "no-reply",
            "volunteer",
            "volunteers",
            "donate",
            "donations",
            "events",
            "membership",
            "members",
            "communications",
            "inquiries",
            "enquiries",
            "questions",
            "feedback",
            "general",
            "hotline",
            "crisis",
            "services",
            "programs",
            "training",
            "registration",
            "conference",
            "chapter",
            "education",
            "billing",
            "accessibility",
            "privacy",
            "outreach",
            "admissions",
            "appointments",
            "scheduling");

    private static final Pattern EXAMPLE_DOMAIN =
            Pattern.compile("(?i)(?:.*\\.)?example\\.(?:com|org|net)|.*\\.(?:test|example|invalid)");

    @Override
    public List<Span> find(String text) {
        List<Span> found = new ArrayList<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            String local = email.group(1).toLowerCase(Locale.ROOT);
            if (ROLES.contains(local) || EXAMPLE_DOMAIN.matcher(email.group(2)).matches()) {
                continue;
            }
            found.add(new Span(FindingKind.EMAIL_ADDRESS, email.start(), email.end()));
        }
        return found;
    }
}
