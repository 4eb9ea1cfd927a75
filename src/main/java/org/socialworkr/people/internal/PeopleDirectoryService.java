package org.socialworkr.people.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialworkr.connection.ConnectionRequestView;
import org.socialworkr.connection.Connections;
import org.socialworkr.people.PeopleDirectory;
import org.socialworkr.people.PersonSuggestion;
import org.socialworkr.people.SuggestionReason;
import org.socialworkr.profile.DirectoryEntry;
import org.socialworkr.profile.DirectoryPage;
import org.socialworkr.profile.DirectoryQuery;
import org.socialworkr.profile.DirectoryViewer;
import org.socialworkr.profile.ProfileSearch;
import org.socialworkr.profile.SharedTrait;
import org.socialworkr.profile.SuggestionCandidate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions stay cheap: the profile module finds candidates with one bounded query per kind of
 * trait, they are scored on what they share, and only the best {@value #COUNTED_CANDIDATES} are
 * asked about connections in common (one question each), which can lift them further.
 */
@Service
class PeopleDirectoryService implements PeopleDirectory {

    static final int CANDIDATES_PER_KIND = 200;
    static final int COUNTED_CANDIDATES = 20;
    static final int MAX_REASONS = 2;

    private final ProfileSearch profiles;
    private final Connections connections;

    PeopleDirectoryService(ProfileSearch profiles, Connections connections) {
        this.profiles = profiles;
        this.connections = connections;
    }

    @Override
    @Transactional(readOnly = true)
    public DirectoryPage search(long viewerId, DirectoryQuery query, int page) {
        DirectoryViewer viewer = new DirectoryViewer(
                viewerId, connections.connectionIds(viewerId), connections.blockedEitherWay(viewerId));
        return profiles.search(query, viewer, page);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonSuggestion> suggestions(long viewerId, int limit) {
        Set<Long> connected = connections.connectionIds(viewerId);
        Set<Long> excluded = new HashSet<>(connected);
        excluded.addAll(connections.blockedEitherWay(viewerId));
        connections.incomingRequests(viewerId).stream()
                .map(ConnectionRequestView::requesterId)
                .forEach(excluded::add);
        connections.outgoingRequests(viewerId).stream()
                .map(ConnectionRequestView::addresseeId)
                .forEach(excluded::add);
        DirectoryViewer viewer = new DirectoryViewer(viewerId, connected, excluded);

        List<Scored> best = profiles.suggestionCandidates(viewer, CANDIDATES_PER_KIND).stream()
                .map(candidate -> new Scored(candidate, 0))
                .sorted(Scored.BEST_FIRST)
                .limit(COUNTED_CANDIDATES)
                .toList();
        if (!connected.isEmpty()) {
            best = best.stream()
                    .map(scored -> new Scored(
                            scored.candidate(),
                            connections.countConnectionsInCommon(
                                    viewerId, scored.candidate().accountId())))
                    .sorted(Scored.BEST_FIRST)
                    .toList();
        }
        List<Scored> chosen = best.stream().limit(limit).toList();
        Map<Long, DirectoryEntry> entries =
                profiles
                        .entries(
                                viewer,
                                chosen.stream()
                                        .map(scored -> scored.candidate().accountId())
                                        .toList())
                        .stream()
                        .collect(Collectors.toMap(DirectoryEntry::accountId, Function.identity()));
        return chosen.stream()
                .filter(scored -> entries.containsKey(scored.candidate().accountId()))
                .map(scored ->
                        new PersonSuggestion(entries.get(scored.candidate().accountId()), scored.reasons()))
                .toList();
    }

    /**
     * A candidate's score: a school or agency in common says more than a city, and a city more
     * than one practice area (shared by thousands); each connection in common counts like a city.
     * Practice areas and connections are capped so that neither alone outweighs everything else.
     */
    private record Scored(SuggestionCandidate candidate, int inCommon) {

        static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::score)
                .reversed()
                .thenComparing(scored -> scored.candidate().accountId(), Comparator.reverseOrder());

        int score() {
            int score = 2 * Math.min(inCommon, 5);
            int practiceAreas = 0;
            for (SharedTrait trait : candidate.shared()) {
                score += switch (trait.kind()) {
                    case SCHOOL, AGENCY -> 4;
                    case REGION -> 2;
                    case PRACTICE_AREA -> practiceAreas++ < 3 ? 1 : 0;};
            }
            return score;
        }

        List<SuggestionReason> reasons() {
            List<SuggestionReason> reasons = new ArrayList<>();
            if (inCommon > 0) {
                reasons.add(
                        new SuggestionReason(SuggestionReason.Kind.CONNECTIONS_IN_COMMON, Integer.toString(inCommon)));
            }
            candidate.shared().stream()
                    .sorted(Comparator.comparing(SharedTrait::kind))
                    .map(trait -> new SuggestionReason(
                            SuggestionReason.Kind.valueOf(trait.kind().name()), trait.value()))
                    .forEach(reasons::add);
            return reasons.subList(0, Math.min(reasons.size(), MAX_REASONS));
        }
    }
}
