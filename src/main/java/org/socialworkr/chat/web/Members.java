package org.socialworkr.chat.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.common.InvalidRequestException;
import org.springframework.stereotype.Component;

/** Turns usernames typed into a form or sent to the API into account ids. */
@Component
class Members {

    private final AccountDirectory directory;

    Members(AccountDirectory directory) {
        this.directory = directory;
    }

    /** Usernames separated by commas or spaces, each with or without a leading {@code @}. */
    static List<String> split(String usernames) {
        List<String> names = new ArrayList<>();
        if (usernames != null) {
            for (String name : usernames.split("[,\\s]+")) {
                String clean = name.startsWith("@") ? name.substring(1) : name;
                if (!clean.isBlank()) {
                    names.add(clean);
                }
            }
        }
        return names;
    }

    Set<Long> ids(List<String> usernames) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String username : usernames) {
            long id = directory
                    .findByUsername(username)
                    .filter(account -> account.status() == AccountStatus.ACTIVE)
                    .orElseThrow(() -> new InvalidRequestException("error.chat.unknownMember", username))
                    .id();
            ids.add(id);
        }
        return ids;
    }
}
