package org.socialworkr.profile;

/**
 * The fields of a profile that have their own visibility. The display name is not among them:
 * it is shown wherever the member appears, like the username.
 *
 * <p>Defaults: what presents the member as a professional and helps colleagues find them is
 * public (photo, pronouns, headline, credentials, practice areas, modalities, bio, links). What
 * tells someone where to find the member in person (employer, role, region), whom they serve and
 * where they studied is for logged-in members, because social workers in child welfare or
 * domestic-violence work may be sought out by people they have worked with. License states and
 * number are only for the member: a license number is a key into public registries, and the
 * verification badge of the moderation module will not need it to be shown.
 */
public enum ProfileField {
    AVATAR(FieldVisibility.PUBLIC),
    PRONOUNS(FieldVisibility.PUBLIC),
    HEADLINE(FieldVisibility.PUBLIC),
    CREDENTIALS(FieldVisibility.PUBLIC),
    LICENSE_STATES(FieldVisibility.ONLY_ME),
    LICENSE_NUMBER(FieldVisibility.ONLY_ME),
    AGENCY(FieldVisibility.MEMBERS),
    ROLE(FieldVisibility.MEMBERS),
    PRACTICE_AREAS(FieldVisibility.PUBLIC),
    MODALITIES(FieldVisibility.PUBLIC),
    POPULATIONS(FieldVisibility.MEMBERS),
    REGION(FieldVisibility.MEMBERS),
    EDUCATION(FieldVisibility.MEMBERS),
    BIO(FieldVisibility.PUBLIC),
    LINKS(FieldVisibility.PUBLIC);

    private final FieldVisibility defaultVisibility;

    ProfileField(FieldVisibility defaultVisibility) {
        this.defaultVisibility = defaultVisibility;
    }

    public FieldVisibility defaultVisibility() {
        return defaultVisibility;
    }

    public String messageKey() {
        return "profileField." + name();
    }
}
