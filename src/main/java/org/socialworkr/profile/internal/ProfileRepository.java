package org.socialworkr.profile.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ProfileRepository extends Repository<Profile, Long> {

    Profile save(Profile profile);

    Optional<Profile> findById(long accountId);
}
