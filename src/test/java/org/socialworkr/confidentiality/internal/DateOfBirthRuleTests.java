package org.socialworkr.confidentiality.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthRuleTests {

    private final Rule rule = new DateOfBirthRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            DOB 03/04/2009, placed in care                   | DOB 03/04/2009
            D.O.B.: 3-4-09                                   | D.O.B.: 3-4-09
            dob 2009-04-03                                   | dob 2009-04-03
            She was born on 3 April 2009 in Fall River       | born on 3 April 2009
            born April 3rd, 2009                             | born April 3rd, 2009
            date of birth: 12.11.1987                        | date of birth: 12.11.1987
            her birthday is March 3, so we planned a party   | birthday is March 3
            Born in March 2012 to a single mother            | Born in March 2012
            birthdate Sept. 14 2015                          | birthdate Sept. 14 2015
            born on 4th of July, 2016                        | born on 4th of July, 2016
            (DOB 1/2/2003)                                   | DOB 1/2/2003
            """)
    void flags(String text, String passage) {
        Examples.flags(rule, text, passage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "the NASW conference on June 12, 2026",
                "Our next training is 03/04/2026",
                "She was born in 2009",
                "born and raised in Ohio",
                "He was born 3 weeks early",
                "Jane Addams (born September 6, 1860) founded Hull House",
                "Born This Way, the workshop on May 5",
                "first-born children and birth order",
                "Date of birth is a HIPAA identifier",
                "Deadline: April 3, 2026",
                "Her baby was born last spring",
                "Birthdays in the group on June 12"
            })
    void leavesAlone(String text) {
        Examples.leavesAlone(rule, text);
    }
}
