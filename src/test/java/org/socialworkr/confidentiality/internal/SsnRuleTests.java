package org.socialworkr.confidentiality.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SsnRuleTests {

    private final Rule rule = new SsnRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            Her SSN is 123-45-6789.                        | 123-45-6789
            ssn 078 05 1120 on the form                    | 078 05 1120
            The number 219-09-9999 was on the letter       | 219-09-9999
            SSN: 123456789                                 | SSN: 123456789
            social security number 401234567 was denied    | social security number 401234567
            Soc. Sec. # 512345678                          | Soc. Sec. # 512345678
            SS# 665123456                                  | SS# 665123456
            his ssn was 223456789, not mine                | ssn was 223456789
            (123-45-6789)                                  | 123-45-6789
            """)
    void flags(String text, String passage) {
        Examples.flags(rule, text, passage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Call 617-555-0142 for the clinic",
                "Invalid areas like 000-12-3456 are never issued",
                "666-12-3456 is not a real number",
                "900-12-3456 is reserved",
                "123-00-4567 has group zero",
                "123-45-0000 has serial zero",
                "Our EIN is 12-3456789",
                "We served 123456789 meals? No, 1,234 meals.",
                "Order 123456789 shipped",
                "ISBN 978-0-12-345678-9",
                "Dates such as 2024-12-01 are fine",
                "Mixed separators 123-45 6789 are not an SSN",
                "SSN requirements changed in 2011",
                "A zip code like 02139-4307"
            })
    void leavesAlone(String text) {
        Examples.leavesAlone(rule, text);
    }
}
