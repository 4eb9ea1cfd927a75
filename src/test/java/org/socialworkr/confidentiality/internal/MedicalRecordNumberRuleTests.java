package org.socialworkr.confidentiality.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MedicalRecordNumberRuleTests {

    private final Rule rule = new MedicalRecordNumberRule();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            MRN 00123456 on the discharge form             | MRN 00123456
            mrn: 7781234                                   | mrn: 7781234
            medical record #A55120                         | medical record #A55120
            chart no. 99812                                | chart no. 99812
            Patient ID: P-000912                           | Patient ID: P-000912
            her Medicaid ID is 1234567890                  | Medicaid ID is 1234567890
            Medicare number 1EG4-TE5-MK73                  | Medicare number 1EG4-TE5-MK73
            insurance # XJH123456789                       | insurance # XJH123456789
            medical record number 5512300                  | medical record number 5512300
            """)
    void flags(String text, String passage) {
        Examples.flags(rule, text, passage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "the medical record is part of HIPAA",
                "Medicaid expansion in 2014",
                "Medicare Part D costs",
                "MRNs are identifiers",
                "patient number 3 in the study",
                "insurance id cards",
                "chart review of 120 files",
                "the patient 00123456? No: 45 patients.",
                "policy no. 12 of the handbook"
            })
    void leavesAlone(String text) {
        Examples.leavesAlone(rule, text);
    }
}
