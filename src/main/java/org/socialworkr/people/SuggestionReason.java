package org.socialworkr.people;

import org.socialworkr.profile.PracticeArea;

/**
 * Why a member is suggested, as "3 connections in common" or "Also at NYU Silver".
 *
 * @param value the school, agency or place in the viewer's own words, the {@link PracticeArea}'s
 *     name, or the number of connections in common
 */
public record SuggestionReason(Kind kind, String value) {

    /** From the strongest reason to the weakest. */
    public enum Kind {
        CONNECTIONS_IN_COMMON,
        SCHOOL,
        AGENCY,
        REGION,
        PRACTICE_AREA
    }

    /** The sentence in messages.properties; its one argument is {@link #value()}, or the practice area's label. */
    public String messageKey() {
        return "people.reason." + kind.name();
    }
}
