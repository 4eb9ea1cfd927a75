package org.socialworkr.people;

import java.util.EnumMap;
import java.util.EnumSet;
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

/** A profile for the directory tests, filled in field by field and saved through the profile facade's form. */
final class TestProfile {

    private final String displayName;
    private String headline;
    private final Set<Credential> credentials = EnumSet.noneOf(Credential.class);
    private String licenseStates;
    private String agency;
    private String role;
    private final Set<PracticeArea> practiceAreas = EnumSet.noneOf(PracticeArea.class);
    private final Set<Modality> modalities = EnumSet.noneOf(Modality.class);
    private final Set<Population> populations = EnumSet.noneOf(Population.class);
    private String city;
    private String state;
    private String country;
    private String school;
    private final Map<ProfileField, FieldVisibility> visibility = new EnumMap<>(ProfileField.class);

    private TestProfile(String displayName) {
        this.displayName = displayName;
    }

    static TestProfile named(String displayName) {
        return new TestProfile(displayName);
    }

    TestProfile headline(String value) {
        headline = value;
        return this;
    }

    TestProfile credential(Credential value) {
        credentials.add(value);
        return this;
    }

    TestProfile licensedIn(String value) {
        licenseStates = value;
        return this;
    }

    TestProfile agency(String value) {
        agency = value;
        return this;
    }

    TestProfile role(String value) {
        role = value;
        return this;
    }

    TestProfile practiceArea(PracticeArea value) {
        practiceAreas.add(value);
        return this;
    }

    TestProfile modality(Modality value) {
        modalities.add(value);
        return this;
    }

    TestProfile population(Population value) {
        populations.add(value);
        return this;
    }

    TestProfile region(String city, String state, String country) {
        this.city = city;
        this.state = state;
        this.country = country;
        return this;
    }

    TestProfile school(String value) {
        school = value;
        return this;
    }

    TestProfile visible(ProfileField field, FieldVisibility level) {
        visibility.put(field, level);
        return this;
    }

    ProfileForm form() {
        return new ProfileForm(
                displayName,
                null,
                headline,
                credentials,
                licenseStates,
                null,
                agency,
                role,
                practiceAreas,
                modalities,
                populations,
                city,
                state,
                country,
                school == null ? List.of() : List.of(new EducationEntry(school, "MSW", 2015)),
                null,
                null,
                visibility);
    }
}
