package org.socialworkr.demo.internal;

import static org.socialworkr.profile.Credential.*;
import static org.socialworkr.profile.Modality.*;
import static org.socialworkr.profile.Population.*;
import static org.socialworkr.profile.PracticeArea.*;

import java.util.List;
import java.util.Set;
import org.socialworkr.profile.EducationEntry;

/** The people of the demo community: fictional social workers across regions, settings and specialties. */
final class DemoMembers {

    private DemoMembers() {}

    static final List<DemoMember> ALL = List.of(
            new DemoMember(
                    "maria_lopez", "Maria Lopez", "she/her", "Child welfare supervisor, bilingual family services",
                    Set.of(MSW, LCSW), "Suffolk County Family Services", "Clinical supervisor",
                    Set.of(CHILD_WELFARE, FAMILY_SERVICES), Set.of(TRAUMA_FOCUSED, FAMILY_SYSTEMS),
                    Set.of(CHILDREN, FAMILIES), "Boston", "MA", "United States",
                    List.of(new EducationEntry("Boston College School of Social Work", "MSW", 2011)),
                    "Fifteen years in child protection. I supervise a team of investigators and care about "
                            + "**reflective supervision** and keeping siblings together."),
            new DemoMember(
                    "james_okafor", "James Okafor", "he/him", "Addiction counselor and harm-reduction advocate",
                    Set.of(MSW, LCSW, CADC), "Harbor Recovery Center", "Outpatient counselor",
                    Set.of(SUBSTANCE_USE_AND_ADDICTION, MENTAL_HEALTH), Set.of(MOTIVATIONAL_INTERVIEWING, HARM_REDUCTION),
                    Set.of(ADULTS, PEOPLE_WHO_USE_DRUGS), "Houston", "TX", "United States",
                    List.of(new EducationEntry("University of Houston Graduate College of Social Work", "MSW", 2015)),
                    "Motivational interviewing trainer. Ask me about naloxone distribution programs."),
            new DemoMember(
                    "aiko_tanaka", "Aiko Tanaka", "she/her", "School social worker, grades 6 to 8",
                    Set.of(MSW, LICSW), "Seattle Public Schools", "School social worker",
                    Set.of(SCHOOL_SOCIAL_WORK, YOUTH_DEVELOPMENT), Set.of(CBT, SOLUTION_FOCUSED, GROUP_WORK),
                    Set.of(ADOLESCENTS, STUDENTS, FAMILIES), "Seattle", "WA", "United States",
                    List.of(new EducationEntry("University of Washington School of Social Work", "MSW", 2017)),
                    "I run social-skills groups and coordinate with teachers on 504 plans."),
            new DemoMember(
                    "daniel_reyes", "Daniel Reyes", "he/him", "DBT therapist, Pacific Northwest",
                    Set.of(MSW, LICSW), "Cascade DBT Collective", "Therapist",
                    Set.of(MENTAL_HEALTH), Set.of(DBT, MINDFULNESS_BASED),
                    Set.of(ADOLESCENTS, YOUNG_ADULTS), "Portland", "OR", "United States",
                    List.of(new EducationEntry("Portland State University", "MSW", 2013)),
                    "Intensively trained in DBT. Looking for colleagues to start a regional consultation team."),
            new DemoMember(
                    "grace_mensah", "Grace Mensah", "she/her", "Hospital social worker, oncology",
                    Set.of(MSW, LCSW), "St. Mary's Medical Center", "Oncology social worker",
                    Set.of(HEALTHCARE_AND_HOSPITAL, HOSPICE_AND_PALLIATIVE_CARE), Set.of(PERSON_CENTERED),
                    Set.of(ADULTS, OLDER_ADULTS, FAMILIES), "Chicago", "IL", "United States",
                    List.of(new EducationEntry("University of Chicago Crown Family School", "AM", 2012)),
                    "Discharge planning, advance directives, and caregiver support."),
            new DemoMember(
                    "samir_haddad", "Samir Haddad", "he/him", "Refugee resettlement case manager",
                    Set.of(BSW), "New Horizons Resettlement", "Case manager",
                    Set.of(IMMIGRATION_AND_REFUGEES, INTERNATIONAL_SOCIAL_WORK), Set.of(CASE_MANAGEMENT, STRENGTHS_BASED),
                    Set.of(IMMIGRANTS_AND_REFUGEES, FAMILIES), "Dearborn", "MI", "United States",
                    List.of(new EducationEntry("Wayne State University", "BSW", 2019)),
                    "Arabic and French speaker. Housing, benefits and school enrollment for newly arrived families."),
            new DemoMember(
                    "ruth_goldberg", "Dr. Ruth Goldberg", "she/her", "Professor of social work, aging and policy",
                    Set.of(MSW, PHD), "NYU Silver School of Social Work", "Associate professor",
                    Set.of(AGING, POLICY_AND_ADVOCACY, RESEARCH_AND_EDUCATION), Set.of(),
                    Set.of(OLDER_ADULTS), "New York", "NY", "United States",
                    List.of(new EducationEntry("NYU Silver School of Social Work", "PhD", 2005)),
                    "I study long-term care policy and am recruiting practitioners for a study on elder abuse screening."),
            new DemoMember(
                    "tyrone_jackson", "Tyrone Jackson", "he/him", "Veterans' services coordinator",
                    Set.of(MSW, LMSW), "Veterans Outreach Alliance", "Program coordinator",
                    Set.of(VETERANS_AND_MILITARY_FAMILIES, HOMELESSNESS_AND_HOUSING), Set.of(CASE_MANAGEMENT, CRISIS_INTERVENTION),
                    Set.of(VETERANS, PEOPLE_EXPERIENCING_HOMELESSNESS), "San Diego", "CA", "United States",
                    List.of(new EducationEntry("San Diego State University", "MSW", 2016)),
                    "Army veteran. Housing First, HUD-VASH vouchers and peer support."),
            new DemoMember(
                    "elena_petrova", "Elena Petrova", "she/her", "Domestic violence advocate and trainer",
                    Set.of(MSW, LCSW), "Safe Harbor Shelter", "Clinical director",
                    Set.of(DOMESTIC_VIOLENCE, SEXUAL_VIOLENCE), Set.of(TRAUMA_FOCUSED, EMDR),
                    Set.of(SURVIVORS_OF_VIOLENCE, ADULTS, CHILDREN), "Denver", "CO", "United States",
                    List.of(new EducationEntry("University of Denver Graduate School of Social Work", "MSW", 2010)),
                    "Safety planning, trauma-informed care, and training for law enforcement partners."),
            new DemoMember(
                    "kai_nakoa", "Kai Nakoa", "they/them", "LGBTQI+ youth program lead",
                    Set.of(MSW, LSW), "Rainbow Youth Collective", "Program lead",
                    Set.of(LGBTQI, YOUTH_DEVELOPMENT, MENTAL_HEALTH), Set.of(ACT, NARRATIVE, GROUP_WORK),
                    Set.of(LGBTQI_PEOPLE, ADOLESCENTS, YOUNG_ADULTS), "Honolulu", "HI", "United States",
                    List.of(new EducationEntry("University of Hawaiʻi at Mānoa", "MSW", 2018)),
                    "Drop-in center, peer groups, and family acceptance work."),
            new DemoMember(
                    "fatima_bello", "Fatima Bello", "she/her", "MSW student, community organizing",
                    Set.of(), "USC Suzanne Dworak-Peck School of Social Work", "MSW student",
                    Set.of(COMMUNITY_ORGANIZING, POLICY_AND_ADVOCACY), Set.of(STRENGTHS_BASED),
                    Set.of(RURAL_COMMUNITIES, FAMILIES), "Los Angeles", "CA", "United States",
                    List.of(new EducationEntry("USC Suzanne Dworak-Peck School of Social Work", "MSW (in progress)", 2027)),
                    "Field placement with a tenants' union. Interested in participatory budgeting."),
            new DemoMember(
                    "liam_obrien", "Liam O'Brien", "he/him", "Forensic social worker, public defender's office",
                    Set.of(MSW, LCSW), "Cook County Public Defender", "Mitigation specialist",
                    Set.of(CRIMINAL_JUSTICE, MENTAL_HEALTH), Set.of(MOTIVATIONAL_INTERVIEWING, CASE_MANAGEMENT),
                    Set.of(JUSTICE_INVOLVED_PEOPLE, ADULTS), "Chicago", "IL", "United States",
                    List.of(new EducationEntry("Loyola University Chicago", "MSW", 2014)),
                    "Mitigation investigations, diversion programs and reentry planning."));
}
