package org.socialworkr.confidentiality.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeWithDetailsRuleTests {

    private final Rule rule = new AgeWithDetailsRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            a 15-year-old girl at Lincoln High was suspended          | 15-year-old girl at Lincoln High
            a 9 y/o from Maple Court Apartments                       | 9 y/o from Maple Court Apartments
            the 12 year old boy who attends Roosevelt Middle School   | 12 year old boy who attends Roosevelt Middle School
            age 16, in 10th grade at St. Mary's Academy               | age 16, in 10th grade at St. Mary's Academy
            a 15-year-old in Boston at Lincoln High                   | 15-year-old in Boston at Lincoln High
            my 93-year-old client still gardens                       | 93-year-old
            a 17 yo at Harbor House Shelter                           | 17 yo at Harbor House Shelter
            """)
    void flags(String text, String passage) {
        Examples.flags(rule, text, passage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a 15-year-old girl told me she was scared",
                "a 15-year-old in Boston",
                "We serve youth ages 12-18 at Lincoln High",
                "16-year-olds at Lincoln High can join",
                "for 12 to 18 year old students at Roosevelt Middle School",
                "adults aged 90 and over",
                "people 90 years old and older",
                "children aged 5 to 12 in Springfield",
                "I was 15 years old when I moved",
                "The program is 10 years old. It started at Lincoln High.",
                "a 15-year-old in foster care",
                "a 7 year old at the park"
            })
    void leavesAlone(String text) {
        Examples.leavesAlone(rule, text);
    }
}
