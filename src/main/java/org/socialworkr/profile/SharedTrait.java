package org.socialworkr.profile;

/**
 * Something a suggested member has in common with the viewer, taken only from fields of the
 * suggested member that the viewer may see.
 *
 * @param value the viewer's own wording (school, agency, city or state), or a {@link PracticeArea} name
 */
public record SharedTrait(Kind kind, String value) {

    /** Ordered from the strongest reason to know someone to the weakest. */
    public enum Kind {
        SCHOOL,
        AGENCY,
        REGION,
        PRACTICE_AREA
    }

    /** The practice area in common, or {@code null} for the other kinds. */
    public PracticeArea practiceArea() {
        return kind == Kind.PRACTICE_AREA ? PracticeArea.valueOf(value) : null;
    }
}
