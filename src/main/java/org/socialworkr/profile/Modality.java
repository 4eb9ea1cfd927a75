package org.socialworkr.profile;

/** Approaches and methods of practice; labels in messages.properties. */
public enum Modality {
    CBT,
    DBT,
    ACT,
    MOTIVATIONAL_INTERVIEWING,
    TRAUMA_FOCUSED,
    EMDR,
    SOLUTION_FOCUSED,
    PSYCHODYNAMIC,
    FAMILY_SYSTEMS,
    NARRATIVE,
    PERSON_CENTERED,
    STRENGTHS_BASED,
    HARM_REDUCTION,
    MINDFULNESS_BASED,
    PLAY_THERAPY,
    GROUP_WORK,
    CRISIS_INTERVENTION,
    CASE_MANAGEMENT;

    public String messageKey() {
        return "modality." + name();
    }
}
