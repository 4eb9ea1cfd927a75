package org.socialworkr.api.mastodon;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountNotFoundException;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.Entities.Account;
import org.socialworkr.api.mastodon.Entities.Field;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.NetworkCounts;
import org.socialworkr.people.PeopleDirectory;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostLists;
import org.socialworkr.profile.DirectoryEntry;
import org.socialworkr.profile.DirectoryQuery;
import org.socialworkr.profile.DirectoryViewer;
import org.socialworkr.profile.ProfileLink;
import org.socialworkr.profile.ProfileNotFoundException;
import org.socialworkr.profile.ProfileSearch;
import org.socialworkr.profile.ProfileView;
import org.socialworkr.profile.Profiles;
import org.springframework.stereotype.Component;

/**
 * Members as Mastodon's Account entity, with exactly the profile fields the viewer may see, and
 * their counts (the network counts only where the member's setting lets the viewer see them).
 * Accounts in lists and statuses are built in a fixed number of batched reads, never one per
 * member.
 */
@Component
public class AccountViews {

    /** Shown when a member has no avatar (or hides it from this viewer); Mastodon clients need an address. */
    static final String MISSING_AVATAR = "/images/favicon.svg";

    /** What a viewer who may not see a member's network sees of its counts. */
    private static final NetworkCounts HIDDEN_COUNTS = new NetworkCounts(0, 0, 0);

    private final AccountDirectory accounts;
    private final Profiles profiles;
    private final ProfileSearch profileSearch;
    private final Connections connections;
    private final PostLists postLists;
    private final PeopleDirectory people;
    private final InstanceProperties instance;

    AccountViews(
            AccountDirectory accounts,
            Profiles profiles,
            ProfileSearch profileSearch,
            Connections connections,
            PostLists postLists,
            PeopleDirectory people,
            InstanceProperties instance) {
        this.people = people;
        this.accounts = accounts;
        this.profiles = profiles;
        this.profileSearch = profileSearch;
        this.connections = connections;
        this.postLists = postLists;
        this.instance = instance;
    }

    /** An active member, or 404. */
    public AccountSummary active(long accountId) {
        return accounts.findById(accountId)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(AccountNotFoundException::new);
    }

    /** The whole account as the viewer may see it, with counts; 404 for an unknown or inactive member. */
    public Account full(long accountId, CurrentAccount viewer) {
        AccountSummary summary = active(accountId);
        ProfileView profile;
        try {
            profile = profiles.view(summary.username(), viewer);
        } catch (ProfileNotFoundException e) {
            throw new AccountNotFoundException();
        }
        boolean networkVisible = connections.canSeeNetwork(viewer == null ? null : viewer.id(), accountId);
        NetworkCounts counts = networkVisible ? connections.counts(accountId) : HIDDEN_COUNTS;
        List<Field> fields = profile.links().stream()
                .map(link -> new Field(label(link), linkHtml(link.url()), null))
                .toList();
        return account(
                summary,
                profile.avatarUrl(),
                profile.bioHtml() == null ? "" : profile.bioHtml(),
                fields,
                postLists.countByAuthor(accountId),
                counts.followers(),
                counts.following());
    }

    /** Accounts in the order of the ids, unknown and inactive members left out; a fixed number of reads. */
    public List<Account> list(Collection<Long> accountIds, CurrentAccount viewer) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        Authors authors = authors(accountIds, viewer);
        Map<Long, AccountSummary> found = authors.summaries();
        Map<Long, String> avatars = new HashMap<>();
        if (viewer != null) {
            DirectoryViewer directoryViewer =
                    new DirectoryViewer(viewer.id(), connections.connectionIds(viewer.id()), Set.of());
            for (DirectoryEntry entry : profileSearch.entries(directoryViewer, accountIds)) {
                if (entry.smallAvatarUrl() != null) {
                    avatars.put(entry.accountId(), entry.smallAvatarUrl());
                }
            }
        }
        return accountIds.stream()
                .distinct()
                .map(found::get)
                .filter(Objects::nonNull)
                .filter(summary -> summary.status() == AccountStatus.ACTIVE)
                .map(summary -> {
                    NetworkCounts counts = authors.network(summary.id());
                    return account(
                            summary,
                            avatars.get(summary.id()),
                            "",
                            List.of(),
                            authors.statuses(summary.id()),
                            counts.followers(),
                            counts.following());
                })
                .toList();
    }

    /**
     * What accounts embedded in statuses show besides the card: the members and their counts, in
     * three reads for the page.
     */
    public Authors authors(Collection<Long> accountIds, CurrentAccount viewer) {
        if (accountIds.isEmpty()) {
            return new Authors(Map.of(), Map.of(), Map.of());
        }
        return new Authors(
                accounts.findAll(accountIds),
                connections.visibleCounts(viewer == null ? null : viewer.id(), accountIds),
                postLists.countByAuthors(accountIds));
    }

    /** Members by id with their counts; network counts the viewer may not see are left out (shown as zero). */
    public record Authors(
            Map<Long, AccountSummary> summaries, Map<Long, NetworkCounts> networks, Map<Long, Long> statusCounts) {

        NetworkCounts network(long accountId) {
            return networks.getOrDefault(accountId, HIDDEN_COUNTS);
        }

        long statuses(long accountId) {
            return statusCounts.getOrDefault(accountId, 0L);
        }
    }

    /**
     * Members whose name or username contains the text, as the people directory finds them for
     * this member (so blocks and hidden fields are respected), first page only.
     */
    public List<Account> search(CurrentAccount viewer, String text, int limit) {
        String name = text == null ? "" : text.strip().replaceFirst("^@", "").replaceFirst("@.*$", "");
        if (name.isEmpty()) {
            return List.of();
        }
        if (name.length() > DirectoryQuery.MAX_TEXT) {
            name = name.substring(0, DirectoryQuery.MAX_TEXT);
        }
        DirectoryQuery byName = new DirectoryQuery(name, null, null, null, null, null, null, null, null, null, null);
        List<Long> ids = people.search(viewer.id(), byName, 1).entries().stream()
                .map(DirectoryEntry::accountId)
                .limit(limit)
                .toList();
        return list(ids, viewer);
    }

    /** The author of a post as the card shows it. */
    public Account author(PostCard.Author author, Authors authors) {
        AccountSummary summary = authors.summaries().get(author.id());
        NetworkCounts counts = authors.network(author.id());
        Instant created = summary == null ? null : summary.createdAt();
        return new Account(
                Long.toString(author.id()),
                author.username(),
                author.username(),
                instance.absoluteUrl("/@" + author.username()),
                author.displayName(),
                "",
                avatar(author.avatarUrl()),
                avatar(author.avatarUrl()),
                "",
                "",
                false,
                List.of(),
                List.of(),
                false,
                false,
                true,
                created == null ? null : created.truncatedTo(ChronoUnit.DAYS),
                null,
                authors.statuses(author.id()),
                counts.followers(),
                counts.following(),
                null);
    }

    private Account account(
            AccountSummary summary,
            String avatarUrl,
            String note,
            List<Field> fields,
            long statuses,
            long followers,
            long following) {
        return new Account(
                Long.toString(summary.id()),
                summary.username(),
                summary.username(),
                instance.absoluteUrl("/@" + summary.username()),
                summary.displayName(),
                note,
                avatar(avatarUrl),
                avatar(avatarUrl),
                "",
                "",
                false,
                fields,
                List.of(),
                false,
                false,
                true,
                summary.createdAt().truncatedTo(ChronoUnit.DAYS),
                null,
                statuses,
                followers,
                following,
                null);
    }

    private String avatar(String relativeUrl) {
        return instance.absoluteUrl(relativeUrl == null ? MISSING_AVATAR : relativeUrl);
    }

    private static String label(ProfileLink link) {
        return link.label() == null || link.label().isBlank() ? "Link" : link.label();
    }

    /** The address as a link; profile links are http(s) only, and the text is escaped. */
    private static String linkHtml(String url) {
        String escaped = url.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
        return "<a href=\"" + escaped + "\" rel=\"nofollow noopener me\" target=\"_blank\">" + escaped + "</a>";
    }
}
