package org.socialworkr.confidentiality;

import java.util.Locale;

/**
 * What a finding is. Declared from the most to the least specific: where two findings overlap,
 * the one declared first is kept, since a precise kind ("this is an SSN") helps the author more
 * than a broad one.
 */
public enum FindingKind {
    SSN("ssn"),
    EMAIL_ADDRESS("emailAddress"),
    MEDICAL_RECORD_NUMBER("medicalRecordNumber"),
    CASE_NUMBER("caseNumber"),
    DATE_OF_BIRTH("dateOfBirth"),
    LICENSE_PLATE("licensePlate"),
    PHONE_NUMBER("phoneNumber"),
    STREET_ADDRESS("streetAddress"),
    CLIENT_NAME("clientName"),
    AGE_WITH_DETAILS("ageWithDetails");

    private final String messageKey;

    FindingKind(String key) {
        this.messageKey = "confidentiality.finding." + key;
    }

    /** The key of the reason shown to the author, in {@code messages.properties}. */
    public String messageKey() {
        return messageKey;
    }

    /** The name in JSON: lower snake case, like the other API fields ({@code client_name}). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
