package org.socialworkr.profile.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialworkr.profile.Credential;
import org.socialworkr.profile.EducationEntry;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.profile.Modality;
import org.socialworkr.profile.Population;
import org.socialworkr.profile.PracticeArea;
import org.socialworkr.profile.ProfileField;
import org.socialworkr.profile.ProfileForm;
import org.socialworkr.profile.ProfileLink;
import org.socialworkr.profile.Region;

/** A member's profile, keyed by the account id: one per account, created on the first edit. */
@Entity
@Table(name = "profiles")
class Profile {

    @Id
    private Long accountId;

    private String pronouns;
    private String headline;
    private String licenseNumber;
    private String agency;

    @Column(name = "job_role")
    private String role;

    private String city;
    private String stateProvince;
    private String country;
    private String bio;
    private String avatarKey;
    private String avatarSmallKey;
    private Instant createdAt;
    private Instant updatedAt;

    /** Null until first saved, which tells Spring Data to insert rather than merge. */
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "profile_credentials", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "credential")
    @Enumerated(EnumType.STRING)
    private Set<Credential> credentials = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_license_states", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "license_state")
    private List<String> licenseStates = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "profile_practice_areas", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "practice_area")
    @Enumerated(EnumType.STRING)
    private Set<PracticeArea> practiceAreas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_modalities", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "modality")
    @Enumerated(EnumType.STRING)
    private Set<Modality> modalities = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_populations", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "population")
    @Enumerated(EnumType.STRING)
    private Set<Population> populations = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_education", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "list_index")
    private List<Education> education = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "profile_links", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "list_index")
    private List<Link> links = new ArrayList<>();

    /** A field without an entry has its default visibility. */
    @ElementCollection
    @CollectionTable(name = "profile_field_visibility", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "field")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "visibility")
    @Enumerated(EnumType.STRING)
    private Map<ProfileField, FieldVisibility> visibility = new HashMap<>();

    protected Profile() {}

    Profile(long accountId, Instant now) {
        this.accountId = accountId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces every field with the form's values; blank text becomes absent. */
    void edit(ProfileForm form, Instant now) {
        pronouns = clean(form.pronouns());
        headline = clean(form.headline());
        licenseNumber = clean(form.licenseNumber());
        agency = clean(form.agency());
        role = clean(form.role());
        city = clean(form.city());
        stateProvince = clean(form.stateOrProvince());
        country = clean(form.country());
        bio = clean(form.bio());
        replace(credentials, form.credentials());
        replace(licenseStates, form.licenseStateList());
        replace(practiceAreas, form.practiceAreas());
        replace(modalities, form.modalities());
        replace(populations, form.populations());
        replace(
                education,
                form.education().stream()
                        .map(entry -> new Education(entry.school().strip(), clean(entry.degree()), entry.year()))
                        .toList());
        replace(
                links,
                form.links().stream()
                        .map(link -> new Link(clean(link.label()), link.url().strip()))
                        .toList());
        Map<ProfileField, FieldVisibility> chosen = new EnumMap<>(ProfileField.class);
        chosen.putAll(form.visibility());
        visibility.keySet().retainAll(chosen.keySet());
        visibility.putAll(chosen);
        updatedAt = now;
    }

    /** Sets the new avatar and returns the keys of the images it replaces, for deletion. */
    List<String> replaceAvatar(String key, String smallKey, Instant now) {
        List<String> previous = avatarKeys();
        avatarKey = key;
        avatarSmallKey = smallKey;
        updatedAt = now;
        return previous;
    }

    List<String> avatarKeys() {
        List<String> keys = new ArrayList<>();
        if (avatarKey != null) {
            keys.add(avatarKey);
        }
        if (avatarSmallKey != null) {
            keys.add(avatarSmallKey);
        }
        return keys;
    }

    FieldVisibility visibilityOf(ProfileField field) {
        return visibility.getOrDefault(field, field.defaultVisibility());
    }

    ProfileForm toForm(String displayName) {
        return new ProfileForm(
                displayName,
                pronouns,
                headline,
                credentials,
                String.join(", ", licenseStates),
                licenseNumber,
                agency,
                role,
                practiceAreas,
                modalities,
                populations,
                city,
                stateProvince,
                country,
                educationEntries(),
                bio,
                profileLinks(),
                visibilities());
    }

    Map<ProfileField, FieldVisibility> visibilities() {
        Map<ProfileField, FieldVisibility> all = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            all.put(field, visibilityOf(field));
        }
        return all;
    }

    long accountId() {
        return accountId;
    }

    String avatarKey() {
        return avatarKey;
    }

    String avatarSmallKey() {
        return avatarSmallKey;
    }

    String pronouns() {
        return pronouns;
    }

    String headline() {
        return headline;
    }

    String licenseNumber() {
        return licenseNumber;
    }

    String agency() {
        return agency;
    }

    String role() {
        return role;
    }

    String bio() {
        return bio;
    }

    Region region() {
        return new Region(city, stateProvince, country);
    }

    /** Sorted in the taxonomy's order, so every page lists them the same way. */
    List<Credential> credentials() {
        return credentials.stream().sorted().toList();
    }

    List<String> licenseStates() {
        return List.copyOf(licenseStates);
    }

    List<PracticeArea> practiceAreas() {
        return practiceAreas.stream().sorted().toList();
    }

    List<Modality> modalities() {
        return modalities.stream().sorted().toList();
    }

    List<Population> populations() {
        return populations.stream().sorted().toList();
    }

    List<EducationEntry> educationEntries() {
        return education.stream().map(Education::toEntry).toList();
    }

    List<ProfileLink> profileLinks() {
        return links.stream().map(Link::toProfileLink).toList();
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> void replace(Collection<T> target, Collection<T> values) {
        target.clear();
        target.addAll(values);
    }
}
