package org.socialworkr.demo.internal;

import java.util.List;
import org.socialworkr.post.PostVisibility;

/** Who knows whom in the demo community and what they have been posting, oldest first. */
final class DemoConversations {

    private DemoConversations() {}

    /** A connection request from the first member, accepted by the second. */
    record Connection(String requester, String addressee) {}

    /** A post; a reply names the index of the post it answers in {@link #POSTS}. */
    record Post(String author, String text, PostVisibility visibility, Integer replyTo) {}

    static final List<Connection> CONNECTIONS = List.of(
            new Connection("maria_lopez", "elena_petrova"),
            new Connection("maria_lopez", "aiko_tanaka"),
            new Connection("james_okafor", "liam_obrien"),
            new Connection("daniel_reyes", "kai_nakoa"),
            new Connection("ruth_goldberg", "fatima_bello"),
            new Connection("tyrone_jackson", "samir_haddad"),
            new Connection("grace_mensah", "ruth_goldberg"));

    /** One-way follows, on top of the follows that connections imply. */
    static final List<Connection> FOLLOWS = List.of(
            new Connection("fatima_bello", "maria_lopez"),
            new Connection("kai_nakoa", "aiko_tanaka"),
            new Connection("samir_haddad", "maria_lopez"),
            new Connection("elena_petrova", "daniel_reyes"),
            new Connection("liam_obrien", "tyrone_jackson"));

    static final List<Post> POSTS = List.of(
            new Post(
                    "maria_lopez",
                    "Starting a reflective supervision circle for child welfare supervisors in the Boston area. "
                            + "Monthly, 90 minutes, no agenda beyond what the cases bring. Interested? #childwelfare "
                            + "#supervision",
                    PostVisibility.PUBLIC,
                    null),
            new Post(
                    "elena_petrova",
                    "Count me in. We started something similar for shelter staff and it cut turnover noticeably.",
                    PostVisibility.PUBLIC,
                    0),
            new Post(
                    "james_okafor",
                    "Reminder that naloxone training takes 20 minutes and you can run it in a staff meeting. "
                            + "Happy to share our slide deck with any agency. #harmreduction #addiction",
                    PostVisibility.PUBLIC,
                    null),
            new Post(
                    "daniel_reyes",
                    "Looking for DBT clinicians in the **Pacific Northwest** to form a consultation team. "
                            + "We meet online every other Thursday. #DBT #consultation",
                    PostVisibility.PUBLIC,
                    null),
            new Post(
                    "kai_nakoa",
                    "Our youth drop-in now has a family acceptance night. Families who came once keep coming back. "
                            + "#LGBTQI #youth",
                    PostVisibility.MEMBERS,
                    null),
            new Post(
                    "ruth_goldberg",
                    "Recruiting practitioners for a study on elder abuse screening in primary care (IRB approved). "
                            + "Details on request. #research #aging",
                    PostVisibility.PUBLIC,
                    null),
            new Post(
                    "aiko_tanaka",
                    "What are your go-to social skills group activities for middle schoolers? Mine: a cooperative "
                            + "tower build with a silent round. #schoolsocialwork",
                    PostVisibility.PUBLIC,
                    null),
            new Post(
                    "maria_lopez",
                    "@aiko_tanaka we borrowed your tower idea for a sibling visit last week. It worked beautifully.",
                    PostVisibility.PUBLIC,
                    6),
            new Post(
                    "tyrone_jackson",
                    "HUD-VASH voucher wait times are down in San Diego this quarter. If your veterans were told to "
                            + "wait, ask again. #veterans #housing",
                    PostVisibility.PUBLIC,
                    null),
            new Post(
                    "samir_haddad",
                    "Tip: school enrollment for newly arrived families goes faster when you bring the vaccination "
                            + "records translated in advance. #refugees #immigration",
                    PostVisibility.CONNECTIONS,
                    null));
}
