package org.socialworkr.confidentiality.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressRuleTests {

    private final Rule rule = new EmailAddressRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            Her email is maria.lopez2009@gmail.com                 | maria.lopez2009@gmail.com
            write to jdoe@agency.org for the file                  | jdoe@agency.org
            Contact: j.smith+case@hotmail.co.uk.                   | j.smith+case@hotmail.co.uk
            (tommy_r@yahoo.com)                                    | tommy_r@yahoo.com
            Sent it to Ana.Rivera@CityOfBoston.gov today           | Ana.Rivera@CityOfBoston.gov
            mom's address: sweetpea77@aol.com                      | sweetpea77@aol.com
            infoanna@gmail.com is not a role address               | infoanna@gmail.com
            """)
    void flags(String text, String passage) {
        Examples.flags(rule, text, passage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Questions? Email info@nasw.org",
                "Write to contact@samhsa.hhs.gov",
                "help@crisistextline.org answers around the clock",
                "Referrals go to intake@familyservices.org",
                "Our press@ and support@ addresses are on the site",
                "Follow @maria@social.example for updates",
                "Thanks @ana@mastodon.social!",
                "Use name@example.com as a placeholder",
                "Sign up with you@example.org",
                "The @ sign and #hashtags are fine",
                "Training@ 10am in room 4",
                "no-reply@notifications.socialworkr.org sent the digest"
            })
    void leavesAlone(String text) {
        Examples.leavesAlone(rule, text);
    }
}
