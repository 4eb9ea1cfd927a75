package org.socialworkr.profile;

import java.util.List;

/** A member who may be worth knowing, with everything they visibly share with the viewer. */
public record SuggestionCandidate(long accountId, List<SharedTrait> shared) {

    public SuggestionCandidate {
        shared = List.copyOf(shared);
    }
}
