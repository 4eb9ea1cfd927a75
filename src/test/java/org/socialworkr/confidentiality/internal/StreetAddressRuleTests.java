package org.socialworkr.confidentiality.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StreetAddressRuleTests {

    private final Rule rule = new StreetAddressRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            She lives at 42 Elm Street with her aunt            | 42 Elm Street
            the family moved to 1600 N. Oak Ave, Apt 3B         | 1600 N. Oak Ave, Apt 3B
            He stays at 17 harbor view rd since May             | 17 harbor view rd
            The home visit was at 88 Maple Court.               | 88 Maple Court
            I drove to 221B Baker Street for the visit          | 221B Baker Street
            They live on Cedar Lane, near the school            | Cedar Lane
            her address is 9 5th Ave #12                        | 9 5th Ave #12
            We met him outside 310 W Main St                    | 310 W Main St
            Mom lives at 12 Rue Street, Unit 4                  | 12 Rue Street, Unit 4
            Our office is next door, but she lives at 5 Pine Rd | 5 Pine Rd
            """)
    void flags(String text, String passage) {
        Examples.flags(rule, text, passage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We walked 3 blocks down the street",
                "Our office at 100 Main Street is open Monday to Friday",
                "The conference is held at 1 Harbor Way in Boston",
                "Visit the food pantry at 55 Grove Street",
                "Join us at 250 Park Avenue for the training",
                "She lives in Boston",
                "He moved to Chicago in 2020",
                "The agency headquarters, 200 Commonwealth Ave",
                "3 Easy Ways to prevent burnout",
                "We had 12 Street Outreach workers out tonight? No: 12 outreach workers.",
                "It took 2 hours on the road",
                "Main Street businesses donated",
                "Section 8 housing on the waitlist",
                "I-95 was closed"
            })
    void leavesAlone(String text) {
        Examples.leavesAlone(rule, text);
    }
}
