package org.socialworkr.people;

import java.util.List;
import org.socialworkr.profile.DirectoryEntry;

/**
 * A member suggested to the viewer.
 *
 * @param reasons why, strongest first; never empty
 */
public record PersonSuggestion(DirectoryEntry person, List<SuggestionReason> reasons) {

    public PersonSuggestion {
        reasons = List.copyOf(reasons);
    }
}
