package org.socialworkr.confidentiality;

import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Finds what in a text may identify a client. It warns, it does not decide: the author sees each
 * finding with its reason and may edit the text or confirm that nothing in it identifies a
 * client. Rules lean towards few false alarms, so that warnings stay worth reading: public
 * hotlines, role email addresses, conference dates and cited authors are left alone.
 */
public interface ConfidentialityGuard {

    /** The longest text the JSON endpoint checks; longer texts are refused rather than cut. */
    int MAX_TEXT_LENGTH = 20_000;

    /** Findings sorted by start, never overlapping, with reasons in the given language. */
    List<Finding> check(String text, Locale locale);

    /** Findings with reasons in the language of the current request. */
    default List<Finding> check(String text) {
        return check(text, LocaleContextHolder.getLocale());
    }
}
