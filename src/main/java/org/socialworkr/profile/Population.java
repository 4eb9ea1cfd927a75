package org.socialworkr.profile;

/** The people a member works with; labels in messages.properties. */
public enum Population {
    CHILDREN,
    ADOLESCENTS,
    YOUNG_ADULTS,
    ADULTS,
    OLDER_ADULTS,
    FAMILIES,
    COUPLES,
    STUDENTS,
    VETERANS,
    LGBTQI_PEOPLE,
    IMMIGRANTS_AND_REFUGEES,
    PEOPLE_EXPERIENCING_HOMELESSNESS,
    PEOPLE_WITH_DISABILITIES,
    SURVIVORS_OF_VIOLENCE,
    JUSTICE_INVOLVED_PEOPLE,
    PEOPLE_WHO_USE_DRUGS,
    INDIGENOUS_COMMUNITIES,
    RURAL_COMMUNITIES;

    public String messageKey() {
        return "population." + name();
    }
}
