package org.socialworkr.people.web;

import java.util.List;
import org.socialworkr.profile.DirectoryEntry;
import org.socialworkr.profile.Region;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The API's records; taxonomy values are their stable enum names, for clients to translate. */
final class PeopleJson {

    private PeopleJson() {}

    /** @param nextPage the next page's number, or {@code null} on the last page */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page(List<Person> people, int page, Integer nextPage) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Suggestion(Person person, List<Reason> reasons) {}

    /** @param kind connections_in_common, school, agency, region or practice_area */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Reason(String kind, String text) {}

    /** Fields the viewer may not see are {@code null} or empty, exactly as on the page. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Person(
            long id,
            String username,
            String displayName,
            String url,
            String avatarUrl,
            String headline,
            List<String> credentials,
            String agency,
            String role,
            Place region,
            List<String> practiceAreas,
            List<String> modalities,
            List<String> populations) {

        static Person of(DirectoryEntry entry, String url, String avatarUrl) {
            return new Person(
                    entry.accountId(),
                    entry.username(),
                    entry.displayName(),
                    url,
                    avatarUrl,
                    entry.headline(),
                    names(entry.credentials()),
                    entry.agency(),
                    entry.role(),
                    entry.region().isEmpty() ? null : Place.of(entry.region()),
                    names(entry.practiceAreas()),
                    names(entry.modalities()),
                    names(entry.populations()));
        }

        private static List<String> names(List<? extends Enum<?>> values) {
            return values.stream().map(Enum::name).toList();
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Place(String city, String stateOrProvince, String country) {

        static Place of(Region region) {
            return new Place(region.city(), region.stateOrProvince(), region.country());
        }
    }
}
