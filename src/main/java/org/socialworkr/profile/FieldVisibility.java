package org.socialworkr.profile;

/** Who may see one field of a profile. Each level includes the ones after it. */
public enum FieldVisibility {
    PUBLIC,
    MEMBERS,
    /**
     * Only connections and the owner. Until a connections module provides a
     * {@link ConnectionChecker}, nobody is anybody's connection, so this means "only me" in practice.
     */
    CONNECTIONS,
    ONLY_ME;

    public boolean allows(ProfileViewer viewer) {
        return switch (this) {
            case PUBLIC -> true;
            case MEMBERS -> viewer != ProfileViewer.VISITOR;
            case CONNECTIONS -> viewer == ProfileViewer.CONNECTION || viewer == ProfileViewer.OWNER;
            case ONLY_ME -> viewer == ProfileViewer.OWNER;
        };
    }

    public String messageKey() {
        return "fieldVisibility." + name();
    }
}
