package org.socialworkr.confidentiality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialworkr.confidentiality.Finding;
import org.socialworkr.confidentiality.FindingKind;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The guard over all rules: one finding per passage, in text order, each with a readable reason. */
class RuleBasedConfidentialityGuardTests {

    private final ResourceBundleMessageSource messages = messages();
    private final RuleBasedConfidentialityGuard guard = new RuleBasedConfidentialityGuard(messages);

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void findsEveryIdentifierOfAPostInTextOrder() {
        String text = "My client Maria, 15, DOB 03/04/2009, lives at 42 Elm Street. "
                + "Her cell is 617-555-0142 and her email maria.l@gmail.com. Case #2024-18833, MRN 00123456, "
                + "SSN 123-45-6789. She is a 15-year-old girl at Lincoln High.";

        List<Finding> findings = guard.check(text, Locale.ENGLISH);

        assertThat(findings)
                .extracting(finding -> text.substring(finding.start(), finding.end()))
                .containsExactly(
                        "Maria, 15",
                        "DOB 03/04/2009",
                        "42 Elm Street",
                        "617-555-0142",
                        "maria.l@gmail.com",
                        "Case #2024-18833",
                        "MRN 00123456",
                        "123-45-6789",
                        "15-year-old girl at Lincoln High");
        assertThat(findings)
                .extracting(Finding::kind)
                .containsExactly(
                        FindingKind.CLIENT_NAME,
                        FindingKind.DATE_OF_BIRTH,
                        FindingKind.STREET_ADDRESS,
                        FindingKind.PHONE_NUMBER,
                        FindingKind.EMAIL_ADDRESS,
                        FindingKind.CASE_NUMBER,
                        FindingKind.MEDICAL_RECORD_NUMBER,
                        FindingKind.SSN,
                        FindingKind.AGE_WITH_DETAILS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Call the 988 Suicide & Crisis Lifeline, or our hotline 1-800-799-7233, any time.",
                "See you at the NASW conference on June 12, 2026! Registration: info@naswma.org",
                "As Brené Brown writes, shame needs secrecy. Linehan (1993) says the same of invalidation.",
                "Our main office is at 100 Main Street; the front desk is 617-555-0100.",
                "Tip for new workers: keep case notes short, and use initials (J.D.) instead of names.",
                "We serve youth ages 12-18 in Worcester County, about 1,200 families a year.",
                ""
            })
    void leavesOrdinaryProfessionalPostsAlone(String text) {
        assertThat(guard.check(text, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theMoreSpecificKindWinsWhereFindingsOverlap() {
        List<Span> kept = RuleBasedConfidentialityGuard.withoutOverlaps(List.of(
                new Span(FindingKind.AGE_WITH_DETAILS, 0, 30),
                new Span(FindingKind.STREET_ADDRESS, 20, 35),
                new Span(FindingKind.PHONE_NUMBER, 40, 52),
                new Span(FindingKind.PHONE_NUMBER, 38, 52),
                new Span(FindingKind.CLIENT_NAME, 60, 65)));

        assertThat(kept)
                .containsExactly(
                        new Span(FindingKind.STREET_ADDRESS, 20, 35),
                        new Span(FindingKind.PHONE_NUMBER, 38, 52),
                        new Span(FindingKind.CLIENT_NAME, 60, 65));
    }

    @Test
    void offsetsAreCharIndexesIntoTheOriginalText() {
        String text = "👋 Zoë — my client Zoë, 14, said hi";

        Finding finding = guard.check(text, Locale.ENGLISH).get(0);

        assertThat(text.substring(finding.start(), finding.end())).isEqualTo("Zoë, 14");
    }

    /** A generous bound: it catches runaway backtracking in a rule's pattern, not slowness. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "1",
                "Aa-",
                "Maria, ",
                "12 Elm ",
                "case #1-",
                "a 15-year-old at ",
                "+4 ",
                "x@y.",
                "DOB 1/",
                "a.",
                "case 1-1-",
                "1-"
            })
    void longRepetitiveTextsAreCheckedQuickly(String piece) {
        String text = piece.repeat(20_000 / piece.length());

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> guard.check(text, Locale.ENGLISH));
    }

    @ParameterizedTest
    @EnumSource(FindingKind.class)
    void everyKindHasAReadableReason(FindingKind kind) {
        String reason = messages.getMessage(kind.messageKey(), null, Locale.ENGLISH);

        assertThat(reason).isNotBlank().doesNotContain("confidentiality.finding");
    }

    @Test
    void aNewRuleIsOneMoreEntryInTheList() {
        Rule word = text -> text.contains("Rumpelstiltskin")
                ? List.of(new Span(FindingKind.CLIENT_NAME, text.indexOf("R"), text.indexOf("R") + 15))
                : List.of();
        var guarded = new RuleBasedConfidentialityGuard(messages, List.of(word));

        assertThat(guarded.check("his name is Rumpelstiltskin", Locale.ENGLISH))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message()).startsWith("This name is tied to a client"));
    }
}
