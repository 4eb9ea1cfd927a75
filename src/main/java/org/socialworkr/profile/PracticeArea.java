package org.socialworkr.profile;

/**
 * The curated fields of practice members choose from; the people directory and groups filter by
 * them. New values may be appended (labels in messages.properties); renaming one needs a migration.
 */
public enum PracticeArea {
    CHILD_WELFARE,
    FAMILY_SERVICES,
    YOUTH_DEVELOPMENT,
    HOMELESSNESS_AND_HOUSING,
    SUBSTANCE_USE_AND_ADDICTION,
    MENTAL_HEALTH,
    DISABILITY,
    VETERANS_AND_MILITARY_FAMILIES,
    LGBTQI,
    AGING,
    SCHOOL_SOCIAL_WORK,
    HEALTHCARE_AND_HOSPITAL,
    HOSPICE_AND_PALLIATIVE_CARE,
    CRIMINAL_JUSTICE,
    IMMIGRATION_AND_REFUGEES,
    DOMESTIC_VIOLENCE,
    SEXUAL_VIOLENCE,
    CRISIS_AND_DISASTER_RESPONSE,
    EMPLOYEE_ASSISTANCE,
    COMMUNITY_ORGANIZING,
    POLICY_AND_ADVOCACY,
    INTERNATIONAL_SOCIAL_WORK,
    RESEARCH_AND_EDUCATION,
    ADMINISTRATION_AND_LEADERSHIP;

    public String messageKey() {
        return "practiceArea." + name();
    }
}
