package org.socialworkr.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A school a member attended; also a row of the edit form. */
public record EducationEntry(
        @NotBlank(message = "{profile.validation.school}") @Size(max = 120, message = "{profile.validation.tooLong}")
                String school,
        @Size(max = 120, message = "{profile.validation.tooLong}") String degree,
        @Min(value = 1900, message = "{profile.validation.year}")
                @Max(value = 2100, message = "{profile.validation.year}")
                Integer year) {

    public static EducationEntry blank() {
        return new EducationEntry("", "", null);
    }

    public boolean isBlank() {
        return ProfileForm.isBlank(school) && ProfileForm.isBlank(degree) && year == null;
    }
}
