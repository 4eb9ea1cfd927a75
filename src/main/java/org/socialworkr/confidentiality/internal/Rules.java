package org.socialworkr.confidentiality.internal;

import java.util.List;

/** Every rule the guard applies, in one place. */
final class Rules {

    static final List<Rule> ALL = List.of(
            new SsnRule(),
            new EmailAddressRule(),
            new MedicalRecordNumberRule(),
            new CaseNumberRule(),
            new DateOfBirthRule(),
            new LicensePlateRule(),
            new PhoneNumberRule(),
            new StreetAddressRule(),
            new ClientNameRule(),
            new AgeWithDetailsRule());

    private Rules() {}
}
