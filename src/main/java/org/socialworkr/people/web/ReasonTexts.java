package org.socialworkr.people.web;

import java.util.List;
import java.util.Locale;
import org.socialworkr.people.PersonSuggestion;
import org.socialworkr.people.SuggestionReason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The sentences for suggestion reasons, the same on the page and in the API. */
@Component
class ReasonTexts {

    private final MessageSource messages;

    ReasonTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<String> of(PersonSuggestion suggestion, Locale locale) {
        return suggestion.reasons().stream().map(reason -> text(reason, locale)).toList();
    }

    String text(SuggestionReason reason, Locale locale) {
        Object argument =
                switch (reason.kind()) {
                    case CONNECTIONS_IN_COMMON -> Integer.valueOf(reason.value());
                    case PRACTICE_AREA -> inSentence(
                            messages.getMessage("practiceArea." + reason.value(), null, reason.value(), locale));
                    case SCHOOL, AGENCY, REGION -> reason.value();
                };
        return messages.getMessage(reason.messageKey(), new Object[] {argument}, locale);
    }

    /** "Child welfare" reads "child welfare" mid-sentence; names like "LGBTQI+" or "EMDR" keep their capitals. */
    private static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }
}
