package org.socialworkr.profile;

import java.util.Map;
import java.util.Optional;
import org.socialworkr.account.CurrentAccount;

/**
 * A part of the profile page that another module renders, such as the connections module's
 * buttons and counts. The profile module cannot depend on those modules (they depend on it), so
 * they declare beans of this type and the profile page shows each one's fragment, in bean order.
 */
public interface ProfilePageSection {

    /**
     * What to show on the owner's profile page to this viewer, or nothing.
     *
     * @param viewer the member looking, or {@code null} for a visitor
     */
    Optional<Fragment> render(long ownerAccountId, CurrentAccount viewer);

    /**
     * A Thymeleaf fragment and what it needs. The page includes it as
     * {@code ~{template :: fragment}} with this record in the variable {@code section}, so the
     * fragment reads its data as {@code ${section.model['name']}}.
     *
     * @param template the template's name, such as {@code connection/profile}
     * @param fragment the fragment's name in that template
     */
    record Fragment(String template, String fragment, Map<String, Object> model) {

        public Fragment {
            model = Map.copyOf(model);
        }
    }
}
