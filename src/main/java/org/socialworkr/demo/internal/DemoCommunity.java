package org.socialworkr.demo.internal;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountRegistration;
import org.socialworkr.account.SignUpRequest;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.profile.ProfileField;
import org.socialworkr.profile.ProfileForm;
import org.socialworkr.profile.Profiles;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads the demo community once, when demo mode is on and the community is not there yet. */
@Component
class DemoCommunity {

    private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

    private final DemoProperties properties;
    private final AccountRegistration registration;
    private final AccountDirectory directory;
    private final Profiles profiles;

    DemoCommunity(
            DemoProperties properties,
            AccountRegistration registration,
            AccountDirectory directory,
            Profiles profiles) {
        this.properties = properties;
        this.registration = registration;
        this.directory = directory;
        this.profiles = profiles;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnStart() {
        if (properties.enabled()) {
            load();
        }
    }

    /** @return how many members were added: none when the community is already there */
    int load() {
        int added = 0;
        for (DemoMember member : DemoMembers.ALL) {
            if (directory.findByUsername(member.username()).isEmpty()) {
                add(member);
                added++;
            }
        }
        if (added > 0) {
            log.info(
                    "Demo community loaded: {} members; log in as any of them (for example maria_lopez) with the "
                            + "password set in socialworkr.demo.password",
                    added);
        }
        return added;
    }

    private void add(DemoMember member) {
        long id = registration.registerConfirmed(new SignUpRequest(
                member.username(),
                member.username() + "@demo.socialworkr.invalid",
                properties.password(),
                member.displayName()));
        profiles.update(id, profileOf(member));
    }

    private static ProfileForm profileOf(DemoMember member) {
        return new ProfileForm(
                member.displayName(),
                member.pronouns(),
                member.headline(),
                member.credentials(),
                null,
                null,
                member.agency(),
                member.role(),
                member.practiceAreas(),
                member.modalities(),
                member.populations(),
                member.city(),
                member.stateOrProvince(),
                member.country(),
                member.education(),
                member.bio(),
                List.of(),
                Map.of(ProfileField.REGION, FieldVisibility.PUBLIC, ProfileField.AGENCY, FieldVisibility.PUBLIC));
    }
}
