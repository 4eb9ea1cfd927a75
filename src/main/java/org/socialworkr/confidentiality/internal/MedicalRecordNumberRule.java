package org.socialworkr.confidentiality.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.socialworkr.confidentiality.FindingKind;

/**
 * Medical record, chart and patient numbers, and health-plan numbers (Medicaid, Medicare,
 * insurance): "MRN 00123456", "chart #A-55120", "Medicaid ID 1234567890". Only after such a label,
 * since the number alone could be anything.
 */
final class MedicalRecordNumberRule implements Rule {

    private static final Pattern LABELLED = Pattern.compile("(?i)\\b(?:MRN\\s*[:#]?"
            + "|medical\\s+record(?:" + Identifiers.MARKER + ")?"
            + "|(?:chart|patient|medicaid|medicare|insurance|policy|beneficiary|subscriber|health\\s+plan)"
            + Identifiers.MARKER + ")"
            + "\\s*(?:is\\s+)?" + Identifiers.ID);

    @Override
    public List<Span> find(String text) {
        return Identifiers.labelled(text, LABELLED, FindingKind.MEDICAL_RECORD_NUMBER, 3);
    }
}
