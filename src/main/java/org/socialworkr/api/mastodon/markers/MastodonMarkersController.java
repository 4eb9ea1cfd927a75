package org.socialworkr.api.mastodon.markers;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.Entities.Marker;
import org.socialworkr.common.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mastodon's markers: where the member stopped reading the home timeline and the notifications,
 * kept per member so that another app (or device) continues there. Each save bumps the version.
 */
@RestController
@RequestMapping("/api/v1/markers")
class MastodonMarkersController {

    static final List<String> TIMELINES = List.of("home", "notifications");

    private final JdbcClient jdbc;
    private final Clock clock;

    MastodonMarkersController(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping
    Map<String, Marker> show(
            CurrentAccount currentAccount,
            @RequestParam(name = "timeline[]", required = false) List<String> timelines,
            @RequestParam(name = "timeline", required = false) List<String> plainTimelines) {
        List<String> wanted = new ArrayList<>();
        if (timelines != null) {
            wanted.addAll(timelines);
        }
        if (plainTimelines != null) {
            wanted.addAll(plainTimelines);
        }
        Map<String, Marker> markers = new LinkedHashMap<>();
        jdbc.sql("select timeline, last_read_id, version, updated_at from api_markers where account_id = :account")
                .param("account", currentAccount.id())
                .query((rs, row) -> markers.put(
                        rs.getString(1),
                        new Marker(
                                Long.toString(rs.getLong(2)),
                                rs.getLong(3),
                                rs.getTimestamp(4).toInstant())))
                .list();
        if (!wanted.isEmpty()) {
            markers.keySet().retainAll(wanted);
        }
        return markers;
    }

    record Position(@JsonProperty("last_read_id") String lastReadId) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    Map<String, Marker> saveJson(CurrentAccount currentAccount, @RequestBody Map<String, Position> body) {
        Map<String, String> positions = new LinkedHashMap<>();
        body.forEach((timeline, position) -> positions.put(timeline, position == null ? null : position.lastReadId()));
        return save(currentAccount, positions);
    }

    @PostMapping(consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    @Transactional
    Map<String, Marker> saveForm(CurrentAccount currentAccount, @RequestParam MultiValueMap<String, String> form) {
        Map<String, String> positions = new LinkedHashMap<>();
        for (String timeline : TIMELINES) {
            String value = form.getFirst(timeline + "[last_read_id]");
            if (value != null) {
                positions.put(timeline, value);
            }
        }
        return save(currentAccount, positions);
    }

    private Map<String, Marker> save(CurrentAccount currentAccount, Map<String, String> positions) {
        Map<String, Marker> saved = new LinkedHashMap<>();
        Instant now = clock.instant();
        positions.forEach((timeline, lastReadId) -> {
            if (!TIMELINES.contains(timeline)) {
                throw new InvalidRequestException("error.api.unknownMarker");
            }
            long id = idOf(lastReadId);
            int updated = jdbc.sql(
                            """
                            update api_markers set last_read_id = :id, version = version + 1, updated_at = :now
                            where account_id = :account and timeline = :timeline
                            """)
                    .param("id", id)
                    .param("now", Timestamp.from(now))
                    .param("account", currentAccount.id())
                    .param("timeline", timeline)
                    .update();
            if (updated == 0) {
                jdbc.sql(
                                """
                                insert into api_markers (account_id, timeline, last_read_id, version, updated_at)
                                values (:account, :timeline, :id, 1, :now)
                                """)
                        .param("account", currentAccount.id())
                        .param("timeline", timeline)
                        .param("id", id)
                        .param("now", Timestamp.from(now))
                        .update();
            }
            long version = jdbc.sql(
                            "select version from api_markers where account_id = :account and timeline = :timeline")
                    .param("account", currentAccount.id())
                    .param("timeline", timeline)
                    .query(Long.class)
                    .single();
            saved.put(timeline, new Marker(Long.toString(id), version, now));
        });
        return saved;
    }

    private static long idOf(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("error.api.markerId");
        }
    }
}
