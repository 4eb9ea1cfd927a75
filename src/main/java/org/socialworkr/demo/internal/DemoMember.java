package org.socialworkr.demo.internal;

import java.util.List;
import java.util.Set;
import org.socialworkr.profile.Credential;
import org.socialworkr.profile.EducationEntry;
import org.socialworkr.profile.Modality;
import org.socialworkr.profile.Population;
import org.socialworkr.profile.PracticeArea;

/** One member of the demo community and the profile they would write. */
record DemoMember(
        String username,
        String displayName,
        String pronouns,
        String headline,
        Set<Credential> credentials,
        String agency,
        String role,
        Set<PracticeArea> practiceAreas,
        Set<Modality> modalities,
        Set<Population> populations,
        String city,
        String stateOrProvince,
        String country,
        List<EducationEntry> education,
        String bio) {}
