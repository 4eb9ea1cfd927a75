package org.socialworkr.confidentiality.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientNameRuleTests {

    private final Rule rule = new ClientNameRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            my client Maria, 15, finally opened up           | Maria
            Maria (15) told me she feels safe now            | Maria (15)
            Maria, 15, told me about school                  | Maria, 15
            Jaden, age 9, was placed on Friday               | Jaden, age 9
            A youth on my caseload, Jaden, aged out          | Jaden
            the mother, Ana, called again                    | Ana
            My patient Mr. Okafor refused the meds           | Mr. Okafor
            our client José Martínez got his papers          | José Martínez
            a girl named Rosa came to group                  | Rosa
            the foster child Liam is thriving                | Liam
            my client Tamika's mom called                    | Tamika
            Maria Lopez, a client of mine, graduated         | Maria Lopez
            Keisha, my client, asked about housing           | Keisha
            We worked with the Rivera family for a year      | Rivera
            one of my students, Zoë, was bullied             | Zoë
            the mom named Brianna O'Neil signed              | Brianna O'Neil
            her son Marcus, 7, stays with the aunt           | Marcus
            Marcus (7y/o) stays with the aunt                | Marcus (7y/o)
            """)
    void flags(String text, String passage) {
        Examples.flags(rule, text, passage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "as Brené Brown writes, vulnerability is courage",
                "Linehan (1993) developed DBT",
                "see Rogers (1951) on client-centered therapy",
                "(Brown, 12) is the page I quoted",
                "my client told me Tuesday that she moved",
                "Our Client Services team is hiring",
                "Yesterday, my client cried",
                "Honestly, a client asked me the same",
                "In Boston, a client told me about rent",
                "my son Jake starts kindergarten",
                "my daughter Emma, 6, drew this",
                "a woman in my group said",
                "a client. She said no",
                "the client's rights",
                "Chapter 3, 15 pages long",
                "Jan, 15 people came to the training",
                "We saw 12 clients in June, 15 in July",
                "Table (2) shows the results",
                "the Latino family in the study",
                "the Korean family and the Jewish family",
                "the Kennedy School of Government",
                "patient J.D. was discharged",
                "client M. did well",
                "Hi everyone, my clients loved the new group",
                "Medicaid, 15, is not a person",
                "my patients Monday were tired"
            })
    void leavesAlone(String text) {
        Examples.leavesAlone(rule, text);
    }
}
