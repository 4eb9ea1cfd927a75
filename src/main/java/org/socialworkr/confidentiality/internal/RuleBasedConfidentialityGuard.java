package org.socialworkr.confidentiality.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.socialworkr.confidentiality.ConfidentialityGuard;
import org.socialworkr.confidentiality.Finding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Applies every rule and keeps one finding per passage: where findings overlap, the more specific
 * kind wins (the order of {@link org.socialworkr.confidentiality.FindingKind}), then the longer
 * passage, so the author sees each passage once with its most precise reason.
 */
@Service
class RuleBasedConfidentialityGuard implements ConfidentialityGuard {

    private static final Comparator<Span> PREFERRED = Comparator.comparing(Span::kind)
            .thenComparing(Comparator.comparingInt(Span::length).reversed())
            .thenComparingInt(Span::start);

    private final MessageSource messages;
    private final List<Rule> rules;

    @Autowired
    RuleBasedConfidentialityGuard(MessageSource messages) {
        this(messages, Rules.ALL);
    }

    /** With other rules, for tests. */
    RuleBasedConfidentialityGuard(MessageSource messages, List<Rule> rules) {
        this.messages = messages;
        this.rules = List.copyOf(rules);
    }

    @Override
    public List<Finding> check(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Span> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            candidates.addAll(rule.find(text));
        }
        return withoutOverlaps(candidates).stream()
                .map(span -> new Finding(span.kind(), span.start(), span.end(), reason(span, locale)))
                .toList();
    }

    static List<Span> withoutOverlaps(List<Span> candidates) {
        List<Span> kept = new ArrayList<>();
        candidates.stream().sorted(PREFERRED).filter(span -> span.length() > 0).forEach(span -> {
            if (kept.stream().noneMatch(span::overlaps)) {
                kept.add(span);
            }
        });
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }

    private String reason(Span span, Locale locale) {
        return messages.getMessage(span.kind().messageKey(), null, span.kind().messageKey(), locale);
    }
}
