package org.socialworkr.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;

/**
 * A link on a profile (a practice website, a publication list). Only http and https addresses
 * are accepted, so a link can never run script or open another application.
 */
public record ProfileLink(
        @Size(max = 60, message = "{profile.validation.tooLong}") String label,
        @NotBlank(message = "{profile.validation.url}")
                @Size(max = 500, message = "{profile.validation.tooLong}")
                @Pattern(
                        regexp = "(?i)https?://[^\\s/?#<>\"'`]+(?:[/?#][^\\s<>\"'`]*)?",
                        message = "{profile.validation.url}")
                String url) {

    public static ProfileLink blank() {
        return new ProfileLink("", "");
    }

    public boolean isBlank() {
        return ProfileForm.isBlank(label) && ProfileForm.isBlank(url);
    }

    /** What the link shows: its label, or else the address's host. */
    public String text() {
        if (!ProfileForm.isBlank(label)) {
            return label.strip();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
