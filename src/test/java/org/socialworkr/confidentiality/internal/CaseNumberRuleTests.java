package org.socialworkr.confidentiality.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberRuleTests {

    private final Rule rule = new CaseNumberRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            I reopened case #2024-18833 today             | case #2024-18833
            record no. 4481 was misfiled                  | record no. 4481
            Case No: JV-2023-0047                         | Case No: JV-2023-0047
            the CPS report 2023-4471 came back            | report 2023-4471
            file number 88123 needs a signature           | file number 88123
            referral ID R-55321                           | referral ID R-55321
            client #4471 missed group                     | client #4471
            docket 22-JV-1093                             | docket 22-JV-1093
            intake: 2024000123                            | intake: 2024000123
            petition 731145 was granted                   | petition 731145
            """)
    void flags(String text, String passage) {
        Examples.flags(rule, text, passage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "in case 2025 is as busy as this year",
                "just in case 12345 people show up",
                "Case study 3 in the textbook",
                "My caseload went from 12 to 31",
                "the case for 988 funding",
                "a case #MeToo made visible",
                "record number of 400 volunteers",
                "Record 2024 was a hard year",
                "case no. 12 in the casebook",
                "the report 2024-25 school year",
                "Public Law 104-191 (HIPAA)",
                "referral rates rose 12%",
                "case management with 15 clients"
            })
    void leavesAlone(String text) {
        Examples.leavesAlone(rule, text);
    }
}
