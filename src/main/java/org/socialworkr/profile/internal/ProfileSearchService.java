package org.socialworkr.profile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.media.StoredImage;
import org.socialworkr.profile.Credential;
import org.socialworkr.profile.DirectoryEntry;
import org.socialworkr.profile.DirectoryPage;
import org.socialworkr.profile.DirectoryQuery;
import org.socialworkr.profile.DirectoryViewer;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.profile.Modality;
import org.socialworkr.profile.Population;
import org.socialworkr.profile.PracticeArea;
import org.socialworkr.profile.ProfileField;
import org.socialworkr.profile.ProfileSearch;
import org.socialworkr.profile.ProfileViewer;
import org.socialworkr.profile.Region;
import org.socialworkr.profile.SharedTrait;
import org.socialworkr.profile.SuggestionCandidate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory in plain SQL: one query for the page, filters and their visibility together (see
 * {@link DirectorySql}), then one batched query per collection shown, only for the members whose
 * collection the viewer may see. Hidden fields are dropped here, before any page or API sees them.
 */
@Service
class ProfileSearchService implements ProfileSearch {

    private static final String ROW_COLUMNS = "a.id, a.username, a.display_name, p.headline, p.agency, p.job_role,"
            + " p.city, p.state_province, p.country, p.avatar_small_key";
    private static final Region NO_REGION = new Region(null, null, null);

    private final JdbcClient jdbc;

    ProfileSearchService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public DirectoryPage search(DirectoryQuery query, DirectoryViewer viewer, int page) {
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidRequestException("error.directory.page", MAX_PAGE);
        }
        DirectorySql sql = filtered(query, viewer);
        // One more than a page tells whether a next page exists without counting.
        List<Row> rows = sql.select(
                        jdbc,
                        ROW_COLUMNS,
                        "order by lower(a.display_name), a.id limit :limit offset :offset",
                        "limit",
                        PAGE_SIZE + 1,
                        "offset",
                        (page - 1) * PAGE_SIZE)
                .query(ProfileSearchService::row)
                .list();
        boolean hasNext = rows.size() > PAGE_SIZE && page < MAX_PAGE;
        return new DirectoryPage(entries(viewer, rows.subList(0, Math.min(rows.size(), PAGE_SIZE))), page, hasNext);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DirectoryEntry> entries(DirectoryViewer viewer, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        List<Long> order = List.copyOf(accountIds);
        List<Row> rows = new DirectorySql(viewer)
                        .where("a.id in (:ids)", "ids", order)
                        .select(jdbc, ROW_COLUMNS, "")
                        .query(ProfileSearchService::row)
                        .list()
                        .stream()
                        .sorted(Comparator.comparingInt(row -> order.indexOf(row.id())))
                        .toList();
        return entries(viewer, rows);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SuggestionCandidate> suggestionCandidates(DirectoryViewer viewer, int limitPerKind) {
        long me = viewer.accountId();
        Map<Long, List<SharedTrait>> shared = new LinkedHashMap<>();

        Map<String, String> schools = new HashMap<>();
        jdbc.sql("select school from profile_education where account_id = :me")
                .param("me", me)
                .query(String.class)
                .list()
                .forEach(school -> schools.putIfAbsent(DirectorySql.lower(school), school));
        if (!schools.isEmpty()) {
            candidates(viewer)
                    .join("join profile_education e on e.account_id = a.id")
                    .whereVisible(ProfileField.EDUCATION, "lower(e.school) in (:schools)", "schools", schools.keySet())
                    .select(jdbc, "a.id, lower(e.school)", "order by a.id desc limit :limit", "limit", limitPerKind)
                    .query((rs, n) -> new Match(rs.getLong(1), SharedTrait.Kind.SCHOOL, schools.get(rs.getString(2))))
                    .list()
                    .forEach(match -> match.addTo(shared));
        }

        Optional<Own> own = jdbc.sql(
                        "select agency, city, state_province, country from profiles where account_id = :me")
                .param("me", me)
                .query((rs, n) -> new Own(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
        own.map(Own::agency).ifPresent(agency -> candidates(viewer)
                .whereVisible(ProfileField.AGENCY, "lower(p.agency) = :agency", "agency", DirectorySql.lower(agency))
                .select(jdbc, "a.id", "order by a.id desc limit :limit", "limit", limitPerKind)
                .query((rs, n) -> new Match(rs.getLong(1), SharedTrait.Kind.AGENCY, agency))
                .list()
                .forEach(match -> match.addTo(shared)));
        own.ifPresent(region -> regionMatches(viewer, region, limitPerKind).forEach(match -> match.addTo(shared)));

        List<String> areas = jdbc.sql("select practice_area from profile_practice_areas where account_id = :me")
                .param("me", me)
                .query(String.class)
                .list();
        if (!areas.isEmpty()) {
            candidates(viewer)
                    .join("join profile_practice_areas pa on pa.account_id = a.id")
                    .whereVisible(ProfileField.PRACTICE_AREAS, "pa.practice_area in (:areas)", "areas", areas)
                    .select(jdbc, "a.id, pa.practice_area", "order by a.id desc limit :limit", "limit", limitPerKind)
                    .query((rs, n) -> new Match(rs.getLong(1), SharedTrait.Kind.PRACTICE_AREA, rs.getString(2)))
                    .list()
                    .stream()
                    .filter(match -> parse(PracticeArea.class, match.value()) != null)
                    .forEach(match -> match.addTo(shared));
        }
        return shared.entrySet().stream()
                .map(entry -> new SuggestionCandidate(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** Members in the viewer's city, or else state or province; a different country rules a match out. */
    private List<Match> regionMatches(DirectoryViewer viewer, Own own, int limit) {
        DirectorySql sql = candidates(viewer);
        String place;
        if (own.city() != null) {
            place = own.city();
            sql.whereVisible(ProfileField.REGION, regionCondition("p.city", own), regionParams(own, own.city()));
        } else if (own.stateOrProvince() != null) {
            place = own.stateOrProvince();
            sql.whereVisible(ProfileField.REGION, regionCondition("p.state_province", own), regionParams(own, place));
        } else {
            return List.of();
        }
        return sql.select(jdbc, "a.id", "order by a.id desc limit :limit", "limit", limit)
                .query((rs, n) -> new Match(rs.getLong(1), SharedTrait.Kind.REGION, place))
                .list();
    }

    private static String regionCondition(String column, Own own) {
        String condition = "lower(" + column + ") = :place";
        return own.country() == null
                ? condition
                : condition + " and (p.country is null or lower(p.country) = :country)";
    }

    private static Object[] regionParams(Own own, String place) {
        return own.country() == null
                ? new Object[] {"place", DirectorySql.lower(place)}
                : new Object[] {"place", DirectorySql.lower(place), "country", DirectorySql.lower(own.country())};
    }

    private static DirectorySql candidates(DirectoryViewer viewer) {
        return new DirectorySql(viewer).where("a.id <> :viewer");
    }

    private static DirectorySql filtered(DirectoryQuery query, DirectoryViewer viewer) {
        DirectorySql sql = new DirectorySql(viewer);
        if (query.name() != null) {
            sql.where(
                    "(lower(a.display_name) like :name escape '!' or lower(a.username) like :name escape '!')",
                    "name",
                    DirectorySql.containing(query.name()));
        }
        if (query.practiceArea() != null) {
            sql.whereVisible(
                    ProfileField.PRACTICE_AREAS,
                    "exists (select 1 from profile_practice_areas f where f.practice_area = :practiceArea"
                            + " and f.account_id = a.id)",
                    "practiceArea",
                    query.practiceArea().name());
        }
        if (query.modality() != null) {
            sql.whereVisible(
                    ProfileField.MODALITIES,
                    "exists (select 1 from profile_modalities f where f.modality = :modality and f.account_id = a.id)",
                    "modality",
                    query.modality().name());
        }
        if (query.population() != null) {
            sql.whereVisible(
                    ProfileField.POPULATIONS,
                    "exists (select 1 from profile_populations f where f.population = :population"
                            + " and f.account_id = a.id)",
                    "population",
                    query.population().name());
        }
        if (query.credential() != null) {
            sql.whereVisible(
                    ProfileField.CREDENTIALS,
                    "exists (select 1 from profile_credentials f where f.credential = :credential"
                            + " and f.account_id = a.id)",
                    "credential",
                    query.credential().name());
        }
        if (query.city() != null) {
            sql.whereVisible(ProfileField.REGION, "lower(p.city) = :city", "city", DirectorySql.lower(query.city()));
        }
        if (query.stateOrProvince() != null) {
            sql.whereVisible(
                    ProfileField.REGION,
                    "lower(p.state_province) = :state",
                    "state",
                    DirectorySql.lower(query.stateOrProvince()));
        }
        if (query.country() != null) {
            sql.whereVisible(
                    ProfileField.REGION, "lower(p.country) = :country", "country", DirectorySql.lower(query.country()));
        }
        if (query.agency() != null) {
            sql.whereVisible(
                    ProfileField.AGENCY,
                    "lower(p.agency) like :agency escape '!'",
                    "agency",
                    DirectorySql.containing(query.agency()));
        }
        if (query.school() != null) {
            sql.whereVisible(
                    ProfileField.EDUCATION,
                    "exists (select 1 from profile_education f where f.account_id = a.id"
                            + " and lower(f.school) like :school escape '!')",
                    "school",
                    DirectorySql.containing(query.school()));
        }
        if (query.licenseState() != null) {
            sql.whereVisible(
                    ProfileField.LICENSE_STATES,
                    "exists (select 1 from profile_license_states f where f.account_id = a.id"
                            + " and lower(f.license_state) = :licenseState)",
                    "licenseState",
                    DirectorySql.lower(query.licenseState()));
        }
        return sql;
    }

    private List<DirectoryEntry> entries(DirectoryViewer viewer, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Map<ProfileField, FieldVisibility>> chosen = new HashMap<>();
        jdbc.sql("select account_id, field, visibility from profile_field_visibility where account_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> {
                    ProfileField field = parse(ProfileField.class, rs.getString(2));
                    FieldVisibility level = parse(FieldVisibility.class, rs.getString(3));
                    if (field != null && level != null) {
                        chosen.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(ProfileField.class))
                                .put(field, level);
                    }
                    return field;
                })
                .list();
        Visibility visibility = new Visibility(viewer, chosen);

        Map<Long, List<Credential>> credentials = values(
                "select account_id, credential from profile_credentials where account_id in (:ids)",
                visibility.idsSeeing(ProfileField.CREDENTIALS, ids),
                Credential.class);
        Map<Long, List<PracticeArea>> practiceAreas = values(
                "select account_id, practice_area from profile_practice_areas where account_id in (:ids)",
                visibility.idsSeeing(ProfileField.PRACTICE_AREAS, ids),
                PracticeArea.class);
        Map<Long, List<Modality>> modalities = values(
                "select account_id, modality from profile_modalities where account_id in (:ids)",
                visibility.idsSeeing(ProfileField.MODALITIES, ids),
                Modality.class);
        Map<Long, List<Population>> populations = values(
                "select account_id, population from profile_populations where account_id in (:ids)",
                visibility.idsSeeing(ProfileField.POPULATIONS, ids),
                Population.class);

        return rows.stream()
                .map(row -> {
                    Predicate<ProfileField> visible = field -> visibility.allows(row.id(), field);
                    return new DirectoryEntry(
                            row.id(),
                            row.username(),
                            row.displayName(),
                            visible.test(ProfileField.AVATAR) && row.avatarSmallKey() != null
                                    ? StoredImage.urlOf(row.avatarSmallKey())
                                    : null,
                            visible.test(ProfileField.HEADLINE) ? row.headline() : null,
                            credentials.getOrDefault(row.id(), List.of()),
                            visible.test(ProfileField.AGENCY) ? row.agency() : null,
                            visible.test(ProfileField.ROLE) ? row.role() : null,
                            visible.test(ProfileField.REGION) ? row.region() : NO_REGION,
                            practiceAreas.getOrDefault(row.id(), List.of()),
                            modalities.getOrDefault(row.id(), List.of()),
                            populations.getOrDefault(row.id(), List.of()));
                })
                .toList();
    }

    /** One query for a collection of many members, sorted in the taxonomy's order; none when nobody's is visible. */
    private <E extends Enum<E>> Map<Long, List<E>> values(String sql, List<Long> ids, Class<E> type) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<E>> values = new HashMap<>();
        jdbc.sql(sql)
                .param("ids", ids)
                .query((rs, n) -> {
                    E value = parse(type, rs.getString(2));
                    if (value != null) {
                        values.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                                .add(value);
                    }
                    return value;
                })
                .list();
        values.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return values;
    }

    /** A value the application no longer knows (a renamed taxonomy entry) is skipped, not an error page. */
    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("headline"),
                rs.getString("agency"),
                rs.getString("job_role"),
                new Region(rs.getString("city"), rs.getString("state_province"), rs.getString("country")),
                rs.getString("avatar_small_key"));
    }

    private record Row(
            long id,
            String username,
            String displayName,
            String headline,
            String agency,
            String role,
            Region region,
            String avatarSmallKey) {}

    private record Own(String agency, String city, String stateOrProvince, String country) {}

    private record Match(long accountId, SharedTrait.Kind kind, String value) {

        void addTo(Map<Long, List<SharedTrait>> shared) {
            List<SharedTrait> traits = shared.computeIfAbsent(accountId, id -> new ArrayList<>());
            SharedTrait trait = new SharedTrait(kind, value);
            if (!traits.contains(trait)) {
                traits.add(trait);
            }
        }
    }

    /** The members' own choices, falling back to each field's default, as {@link ProfileViews} applies them. */
    private record Visibility(DirectoryViewer viewer, Map<Long, Map<ProfileField, FieldVisibility>> chosen) {

        boolean allows(long accountId, ProfileField field) {
            ProfileViewer relation = viewer.relationTo(accountId);
            return chosen.getOrDefault(accountId, Map.of())
                    .getOrDefault(field, field.defaultVisibility())
                    .allows(relation);
        }

        List<Long> idsSeeing(ProfileField field, List<Long> ids) {
            return ids.stream().filter(id -> allows(id, field)).toList();
        }
    }
}
