package org.socialworkr.confidentiality.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberRuleTests {

    private final Rule rule = new PhoneNumberRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            Her cell is 617-555-0142, call after 5                        | 617-555-0142
            You can reach the mom at (413) 555-0199.                      | (413) 555-0199
            my client gave me 212.555.0173 to call back                   | 212.555.0173
            text him at 3125550148                                        | 3125550148
            +1 646 555 0123 is the grandmother's                          | +1 646 555 0123
            1-718-555-0166 belongs to the foster parent                   | 1-718-555-0166
            Dad's number +44 20 7946 0958 in London                       | +44 20 7946 0958
            The clinic called her cell, 503-555-0110, twice               | 503-555-0110
            Call 617-555-0142.                                            | 617-555-0142
            The agency gave me a number. It was 860-555-0133.             | 860-555-0133
            """)
    void flags(String text, String passage) {
        Examples.flags(rule, text, passage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Call the 988 Suicide & Crisis Lifeline any time",
                "our hotline 1-800-799-7233 is open 24/7",
                "The Trevor Project: 1-866-488-7386",
                "Text HOME to 741741",
                "Dial 211 for local resources",
                "Our main office: 617-555-0100",
                "Crisis line 413-555-0150 (24/7)",
                "The helpline is 503 555 0190",
                "Call the front desk at 212-555-0188 to book",
                "Boston Medical Center at 617-638-8000",
                "617-555-0100 (main office)",
                "Fax 617-555-0101",
                "Call us at 312-555-0177",
                "Our agency's intake line 206-555-0140",
                "Order 123-456-7890 is not a phone number",
                "Case #2024-18833",
                "In 2023-2024 we served 1,200 families",
                "The ratio went from 0.555 to 0.612",
                "SSN-like 123-45-6789",
                "ISBN 978-1-4391-4957-2",
                "See page 212-215",
                "NASW chapter office 202-555-0147"
            })
    void leavesAlone(String text) {
        Examples.leavesAlone(rule, text);
    }
}
