package org.socialworkr.profile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.socialworkr.profile.EducationEntry;

@Embeddable
record Education(String school, String degree, @Column(name = "graduation_year") Integer year) {

    EducationEntry toEntry() {
        return new EducationEntry(school, degree, year);
    }
}
