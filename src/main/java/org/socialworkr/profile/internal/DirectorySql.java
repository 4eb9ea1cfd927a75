package org.socialworkr.profile.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialworkr.profile.DirectoryViewer;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.profile.ProfileField;
import org.socialworkr.profile.ProfileViewer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds one directory query over active accounts and their profiles. The SQL text is made only
 * of the fixed fragments below; every value, user input or not, is a bound parameter.
 *
 * <p>Visibility is checked in the same WHERE as the filter it guards: each field filtered on gets
 * one left join to its row in {@code profile_field_visibility} (at most one, by its primary key),
 * and a missing row means the field's default, as everywhere else in this module. The levels come
 * from {@link FieldVisibility#allows}, so the rule lives in one place.
 *
 * <p>The accounts table belongs to the account module; reading it here is the price of paging
 * name search and profile filters in one query, and it is read only for id, name and status.
 */
final class DirectorySql {

    private static final List<String> MEMBER_LEVELS = levels(ProfileViewer.MEMBER, null);
    private static final List<String> CONNECTION_ONLY_LEVELS = levels(ProfileViewer.CONNECTION, ProfileViewer.MEMBER);

    private final DirectoryViewer viewer;
    private final StringBuilder joins = new StringBuilder();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private final Set<ProfileField> joinedVisibility = EnumSet.noneOf(ProfileField.class);

    DirectorySql(DirectoryViewer viewer) {
        this.viewer = viewer;
        params.put("viewer", viewer.accountId());
        params.put("memberLevels", MEMBER_LEVELS);
        params.put("connectionLevels", CONNECTION_ONLY_LEVELS);
        conditions.add("a.status = 'ACTIVE'");
        if (!viewer.excludedIds().isEmpty()) {
            conditions.add("a.id not in (:excluded)");
            params.put("excluded", viewer.excludedIds());
        }
        if (!viewer.connectionIds().isEmpty()) {
            params.put("connections", viewer.connectionIds());
        }
    }

    /** Adds a condition on the account or profile row, with its parameters. */
    DirectorySql where(String condition, Object... namesAndValues) {
        conditions.add(condition);
        bind(namesAndValues);
        return this;
    }

    /** Adds a condition on a field, which then only matches members whose field the viewer may see. */
    DirectorySql whereVisible(ProfileField field, String condition, Object... namesAndValues) {
        conditions.add("(" + condition + ") and " + visible(field));
        bind(namesAndValues);
        return this;
    }

    DirectorySql join(String join) {
        joins.append(' ').append(join);
        return this;
    }

    JdbcClient.StatementSpec select(JdbcClient jdbc, String columns, String orderAndLimit, Object... namesAndValues) {
        bind(namesAndValues);
        String sql = "select " + columns + " from accounts a left join profiles p on p.account_id = a.id" + joins
                + " where " + String.join(" and ", conditions) + " " + orderAndLimit;
        return jdbc.sql(sql).params(params);
    }

    private String visible(ProfileField field) {
        String alias = "v_" + field.name().toLowerCase(Locale.ROOT);
        if (joinedVisibility.add(field)) {
            joins.append(" left join profile_field_visibility ")
                    .append(alias)
                    .append(" on ")
                    .append(alias)
                    .append(".account_id = a.id and ")
                    .append(alias)
                    .append(".field = :")
                    .append(alias)
                    .append("_field");
            params.put(alias + "_field", field.name());
            params.put(alias + "_default", field.defaultVisibility().name());
        }
        String level = "coalesce(" + alias + ".visibility, :" + alias + "_default)";
        StringBuilder clause =
                new StringBuilder("(a.id = :viewer or ").append(level).append(" in (:memberLevels)");
        if (!viewer.connectionIds().isEmpty()) {
            // An empty IN list is not valid SQL; without connections, this part could never match anyway.
            clause.append(" or (").append(level).append(" in (:connectionLevels) and a.id in (:connections))");
        }
        return clause.append(')').toString();
    }

    private void bind(Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    /** The levels that let {@code viewer} see a field, without those that already let {@code except} see it. */
    private static List<String> levels(ProfileViewer viewer, ProfileViewer except) {
        return Arrays.stream(FieldVisibility.values())
                .filter(level -> level.allows(viewer) && (except == null || !level.allows(except)))
                .map(Enum::name)
                .toList();
    }

    /** A LIKE pattern finding {@code text} anywhere, in any case; {@code !} escapes the wildcards typed by the user. */
    static String containing(String text) {
        return "%"
                + text.toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_")
                + "%";
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
