package org.socialworkr.demo.internal;

import static org.socialworkr.profile.PracticeArea.*;

import java.util.List;
import java.util.Set;
import org.socialworkr.group.GroupKind;
import org.socialworkr.group.GroupPrivacy;
import org.socialworkr.profile.PracticeArea;

/** The demo community's groups: who runs them, who is in them, and what they talk about. */
final class DemoGroups {

    private DemoGroups() {}

    /**
     * @param members usernames besides the owner, who joins first; in a private group they were
     *     approved, in a hidden one invited
     * @param posts each as "username: text", in order
     */
    record Group(
            String owner,
            String name,
            String slug,
            String description,
            GroupKind kind,
            GroupPrivacy privacy,
            Set<PracticeArea> tags,
            String region,
            String rules,
            List<String> questions,
            List<String> members,
            List<String> posts) {}

    private static final String RULES =
            """
            1. Never share anything that could identify a client.
            2. Be kind: we are all learning.
            3. No advertising without asking a moderator.
            """;

    static final List<Group> ALL = List.of(
            new Group(
                    "maria_lopez",
                    "Child Welfare Practitioners",
                    "child-welfare",
                    "For investigators, case managers, supervisors and foster-care workers. Share practice wisdom,"
                            + " policy news and **self-care** that works in a hard field.",
                    GroupKind.TOPIC,
                    GroupPrivacy.PUBLIC,
                    Set.of(CHILD_WELFARE, FAMILY_SERVICES),
                    null,
                    RULES,
                    List.of(),
                    List.of("grace_mensah", "daniel_reyes", "fatima_bello", "ruth_goldberg"),
                    List.of(
                            "maria_lopez: Welcome! What helps your team most after a difficult removal? We started a"
                                    + " ten-minute debrief at the end of the day and it has changed the mood.",
                            "fatima_bello: Our county just moved to a kinship-first placement policy. Happy to share"
                                    + " the training materials if anyone is interested.",
                            "daniel_reyes: Reminder that the #ReflectiveSupervision webinar is on Thursday.")),
            new Group(
                    "james_okafor",
                    "Harm Reduction Network",
                    "harm-reduction",
                    "Naloxone, syringe services, safer-use education and meeting people where they are.",
                    GroupKind.TOPIC,
                    GroupPrivacy.PUBLIC,
                    Set.of(SUBSTANCE_USE_AND_ADDICTION, MENTAL_HEALTH),
                    null,
                    RULES,
                    List.of(),
                    List.of("tyrone_jackson", "kai_nakoa", "samir_haddad"),
                    List.of(
                            "james_okafor: We distributed 400 naloxone kits at the health fair this weekend."
                                    + " #HarmReduction",
                            "tyrone_jackson: Does anyone have a good one-page guide on fentanyl test strips in"
                                    + " Spanish?")),
            new Group(
                    "aiko_tanaka",
                    "School Social Workers",
                    "school-social-workers",
                    "Attendance, 504 plans and IEPs, crisis response, and working with teachers and families.",
                    GroupKind.WORK_TYPE,
                    GroupPrivacy.PUBLIC,
                    Set.of(SCHOOL_SOCIAL_WORK, YOUTH_DEVELOPMENT),
                    null,
                    RULES,
                    List.of(),
                    List.of("elena_petrova", "grace_mensah", "kai_nakoa"),
                    List.of(
                            "aiko_tanaka: What are your favourite activities for a first social-skills group of"
                                    + " the year?",
                            "elena_petrova: Chronic absence is up again in our district. Home visits in the first"
                                    + " week made the biggest difference for us.")),
            new Group(
                    "aiko_tanaka",
                    "DBT Practitioners — Pacific Northwest",
                    "dbt-pacific-northwest",
                    "Consultation and skills training for DBT clinicians in Washington, Oregon and British Columbia."
                            + " Members only: we discuss our practice in confidence.",
                    GroupKind.MODALITY,
                    GroupPrivacy.PRIVATE,
                    Set.of(MENTAL_HEALTH),
                    "Pacific Northwest",
                    RULES,
                    List.of("Where do you practice DBT?", "Are you on a consultation team?"),
                    List.of("kai_nakoa", "grace_mensah"),
                    List.of(
                            "aiko_tanaka: Our consultation team meets Thursdays at noon on video; visitors from"
                                    + " other teams are welcome.",
                            "kai_nakoa: Diary cards on paper still beat every app my teens have tried.")),
            new Group(
                    "grace_mensah",
                    "CBT Peer Consultation",
                    "cbt-peer-consultation",
                    "Case consultation (de-identified, always) and worksheets for cognitive behavioural therapy.",
                    GroupKind.MODALITY,
                    GroupPrivacy.PRIVATE,
                    Set.of(MENTAL_HEALTH),
                    null,
                    RULES,
                    List.of("What is your CBT training?"),
                    List.of("aiko_tanaka", "liam_obrien"),
                    List.of("grace_mensah: Sharing my favourite thought record template; what do you use for"
                            + " behavioural activation?")),
            new Group(
                    "maria_lopez",
                    "Boston Social Workers",
                    "boston",
                    "Jobs, trainings, resources and meetups in Greater Boston.",
                    GroupKind.REGION,
                    GroupPrivacy.PUBLIC,
                    Set.of(),
                    "Boston, MA",
                    RULES,
                    List.of(),
                    List.of("liam_obrien", "ruth_goldberg"),
                    List.of(
                            "maria_lopez: Meetup at the Central Library on the first Tuesday of the month, all"
                                    + " welcome.",
                            "liam_obrien: The VA is hiring two clinical social workers in Jamaica Plain.")),
            new Group(
                    "james_okafor",
                    "Houston Social Work Collective",
                    "houston",
                    "Social workers across Harris County: referrals, disaster response and continuing education.",
                    GroupKind.REGION,
                    GroupPrivacy.PUBLIC,
                    Set.of(CRISIS_AND_DISASTER_RESPONSE),
                    "Houston, TX",
                    RULES,
                    List.of(),
                    List.of("tyrone_jackson", "samir_haddad"),
                    List.of("james_okafor: Hurricane season prep: who keeps an updated list of shelters that accept"
                            + " pets?")),
            new Group(
                    "tyrone_jackson",
                    "Homelessness and Housing First",
                    "housing-first",
                    "Outreach, coordinated entry, permanent supportive housing and eviction prevention.",
                    GroupKind.TOPIC,
                    GroupPrivacy.PUBLIC,
                    Set.of(HOMELESSNESS_AND_HOUSING),
                    null,
                    RULES,
                    List.of(),
                    List.of("james_okafor", "samir_haddad", "daniel_reyes"),
                    List.of(
                            "tyrone_jackson: Our point-in-time count volunteers need a short training on trauma-"
                                    + "informed approaches. Any materials to recommend?",
                            "samir_haddad: Rental assistance funds reopen next month in our county. #Housing")),
            new Group(
                    "liam_obrien",
                    "Veterans and Military Families",
                    "veterans",
                    "Serving veterans, service members and their families: benefits, moral injury, transition.",
                    GroupKind.TOPIC,
                    GroupPrivacy.PUBLIC,
                    Set.of(VETERANS_AND_MILITARY_FAMILIES, MENTAL_HEALTH),
                    null,
                    RULES,
                    List.of(),
                    List.of("grace_mensah", "ruth_goldberg"),
                    List.of("liam_obrien: Peer support groups have been the best way in for veterans who would never"
                            + " book an appointment.")),
            new Group(
                    "kai_nakoa",
                    "LGBTQI+ Affirming Practice",
                    "lgbtqi-affirming-practice",
                    "Affirming care for LGBTQI+ clients and colleagues. A private space; introductions welcome.",
                    GroupKind.TOPIC,
                    GroupPrivacy.PRIVATE,
                    Set.of(LGBTQI),
                    null,
                    RULES,
                    List.of("What brings you to this group?"),
                    List.of("aiko_tanaka", "elena_petrova"),
                    List.of("kai_nakoa: Updated our intake forms with chosen name and pronoun fields; happy to"
                            + " share the wording.")),
            new Group(
                    "ruth_goldberg",
                    "NYU Silver Alumni",
                    "nyu-silver-alumni",
                    "Graduates of the NYU Silver School of Social Work: reunions, mentoring and job leads.",
                    GroupKind.ALUMNI,
                    GroupPrivacy.PUBLIC,
                    Set.of(RESEARCH_AND_EDUCATION),
                    "New York, NY",
                    RULES,
                    List.of(),
                    List.of("samir_haddad"),
                    List.of("ruth_goldberg: Mentoring program for new graduates opens in March; sign up here if you"
                            + " would like to mentor.")),
            new Group(
                    "samir_haddad",
                    "Community Organizers",
                    "community-organizers",
                    "Organizing, coalition building, policy advocacy and getting people to the table.",
                    GroupKind.WORK_TYPE,
                    GroupPrivacy.PUBLIC,
                    Set.of(COMMUNITY_ORGANIZING, POLICY_AND_ADVOCACY),
                    null,
                    RULES,
                    List.of(),
                    List.of("tyrone_jackson", "fatima_bello"),
                    List.of("samir_haddad: Testimony tips before the state budget hearing: keep it to three minutes"
                            + " and lead with one story.")),
            new Group(
                    "maria_lopez",
                    "Supervisors' Circle",
                    "supervisors-circle",
                    "A hidden group for clinical supervisors to talk about supervising, in confidence.",
                    GroupKind.OTHER,
                    GroupPrivacy.HIDDEN,
                    Set.of(ADMINISTRATION_AND_LEADERSHIP),
                    null,
                    RULES,
                    List.of(),
                    List.of("grace_mensah", "ruth_goldberg"),
                    List.of("maria_lopez: How do you handle a supervisee who is close to burnout but will not take"
                            + " leave?")));
}
