package org.socialworkr.profile;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where a member works, as precise as they choose: any part may be missing. */
public record Region(String city, String stateOrProvince, String country) {

    public boolean isEmpty() {
        return label().isEmpty();
    }

    /** The parts joined by commas in the order city, state, country, leaving out the missing ones. */
    public String label() {
        return Stream.of(city, stateOrProvince, country)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
    }
}
