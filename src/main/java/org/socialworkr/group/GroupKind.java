package org.socialworkr.group;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a group gathers people around. */
public enum GroupKind {
    TOPIC,
    MODALITY,
    REGION,
    ALUMNI,
    WORK_TYPE,
    OTHER;

    public String messageKey() {
        return "group.kind." + name();
    }

    /** The name in the API, in snake_case. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GroupKind> fromApiName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values())
                .filter(kind -> kind.name().equals(wanted))
                .findFirst();
    }
}
