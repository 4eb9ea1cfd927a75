package org.socialworkr.confidentiality.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LicensePlateRuleTests {

    private final Rule rule = new LicensePlateRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            his plate 7ABC123 was on the report              | plate 7ABC123
            License plate: XYZ-4421                          | License plate: XYZ-4421
            plate number is 4KD 992                          | plate number is 4KD 992
            the car with plate #MA 1234 parked there         | plate #MA 1234
            """)
    void flags(String text, String passage) {
        Examples.flags(rule, text, passage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a plate of 3 cookies",
                "too much on my plate 24/7",
                "plate 12345 has no letters",
                "license plate readers and privacy",
                "home plate",
                "plate TOOLONG123 is not a plate"
            })
    void leavesAlone(String text) {
        Examples.leavesAlone(rule, text);
    }
}
