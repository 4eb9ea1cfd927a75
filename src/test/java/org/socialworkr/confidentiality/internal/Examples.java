package org.socialworkr.confidentiality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions shared by the rule tests: which exact passage a rule flags, or that it flags nothing. */
final class Examples {

    private Examples() {}

    static void flags(Rule rule, String text, String passage) {
        List<String> found = passages(rule, text);
        assertThat(found).as("passages flagged in: %s", text).contains(passage);
    }

    static void leavesAlone(Rule rule, String text) {
        assertThat(passages(rule, text)).as("passages flagged in: %s", text).isEmpty();
    }

    static List<String> passages(Rule rule, String text) {
        return rule.find(text).stream()
                .map(span -> text.substring(span.start(), span.end()))
                .toList();
    }
}
