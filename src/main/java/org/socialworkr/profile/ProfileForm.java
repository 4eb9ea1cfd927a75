package org.socialworkr.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything a member edits on their profile, with the visibility of each field; also the edit
 * form. Missing collections become empty, rows left entirely blank are dropped, and a field
 * without a visibility gets its default, so a partial submission never erases settings by accident.
 */
public record ProfileForm(
        @NotBlank(message = "{profile.validation.displayName}")
                @Size(max = 80, message = "{profile.validation.tooLong}")
                String displayName,
        @Size(max = 40, message = "{profile.validation.tooLong}") String pronouns,
        @Size(max = 120, message = "{profile.validation.tooLong}") String headline,
        Set<Credential> credentials,
        @Pattern(regexp = LICENSE_STATES, message = "{profile.validation.licenseStates}") String licenseStates,
        @Size(max = 40, message = "{profile.validation.tooLong}")
                @Pattern(regexp = "[\\p{L}\\p{N} ./-]*", message = "{profile.validation.licenseNumber}")
                String licenseNumber,
        @Size(max = 120, message = "{profile.validation.tooLong}") String agency,
        @Size(max = 120, message = "{profile.validation.tooLong}") String role,
        Set<PracticeArea> practiceAreas,
        Set<Modality> modalities,
        Set<Population> populations,
        @Size(max = 80, message = "{profile.validation.tooLong}") String city,
        @Size(max = 80, message = "{profile.validation.tooLong}") String stateOrProvince,
        @Size(max = 80, message = "{profile.validation.tooLong}") String country,
        @Size(max = MAX_EDUCATION, message = "{profile.validation.tooManyEducation}")
                List<@Valid EducationEntry> education,
        @Size(max = MAX_BIO, message = "{profile.validation.tooLong}") String bio,
        @Size(max = MAX_LINKS, message = "{profile.validation.tooManyLinks}") List<@Valid ProfileLink> links,
        Map<ProfileField, FieldVisibility> visibility) {

    public static final int MAX_EDUCATION = 5;
    public static final int MAX_LINKS = 10;
    public static final int MAX_BIO = 5000;

    /** Up to ten names or codes of at most 40 characters each, separated by commas (NY and NJ, say). */
    static final String LICENSE_STATES = "[\\p{L}\\p{N} .'-]{0,40}(,[\\p{L}\\p{N} .'-]{0,40}){0,9}";

    public ProfileForm {
        credentials = enumSet(credentials, Credential.class);
        practiceAreas = enumSet(practiceAreas, PracticeArea.class);
        modalities = enumSet(modalities, Modality.class);
        populations = enumSet(populations, Population.class);
        education = withoutBlankRows(education, EducationEntry::isBlank);
        links = withoutBlankRows(links, ProfileLink::isBlank);
        EnumMap<ProfileField, FieldVisibility> complete = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            FieldVisibility chosen = visibility == null ? null : visibility.get(field);
            complete.put(field, chosen == null ? field.defaultVisibility() : chosen);
        }
        visibility = Map.copyOf(complete);
    }

    /** A new member's form: only the name, every field at its default visibility. */
    public static ProfileForm empty(String displayName) {
        return new ProfileForm(
                displayName,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public FieldVisibility visibilityOf(ProfileField field) {
        return visibility.get(field);
    }

    /** The license states as entered, split at commas, trimmed, without blanks or repeats. */
    public List<String> licenseStateList() {
        if (isBlank(licenseStates)) {
            return List.of();
        }
        return Arrays.stream(licenseStates.split(","))
                .map(String::strip)
                .filter(state -> !state.isEmpty())
                .distinct()
                .toList();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return Collections.unmodifiableSet(set);
    }

    private static <T> List<T> withoutBlankRows(List<T> rows, Predicate<T> blank) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream().filter(Objects::nonNull).filter(blank.negate()).collect(Collectors.toUnmodifiableList());
    }
}
