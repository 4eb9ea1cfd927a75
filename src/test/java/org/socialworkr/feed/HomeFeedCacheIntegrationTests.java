package org.socialworkr.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.AccountAdministration;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.connection.Connections;
import org.socialworkr.feed.HomeFeed.FeedPage;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.post.ReactionKind;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The newest page's ids and the cards' shared part are kept in memory: after each kind of change
 * the very next page, read right after one that filled the caches, must show it.
 */
@IntegrationTest
class HomeFeedCacheIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Connections connections;

    @Autowired
    HomeFeed feed;

    @Autowired
    Posts posts;

    @Autowired
    AccountAdministration administration;

    @Test
    void aNewPostOfTheNetworkAppearsOnTheNextPage() {
        TestAccount viewer = accounts.create("cviewer");
        TestAccount author = accounts.create("cauthor");
        connections.follow(viewer.id(), author.id());
        long first = publish(author, "First words");
        assertThat(ids(viewer)).containsExactly(first);

        long second = publish(author, "Second words");
        long own = publish(viewer, "My own words");

        assertThat(ids(viewer)).containsExactly(own, second, first);
    }

    @Test
    void aRepostByTheNetworkAppearsAndCountsOnTheOriginal() {
        TestAccount viewer = accounts.create("crviewer");
        TestAccount reposter = accounts.create("creposter");
        TestAccount author = accounts.create("crauthor");
        connections.follow(viewer.id(), reposter.id());
        connections.follow(viewer.id(), author.id());
        long original = publish(author, "Worth sharing");
        assertThat(card(viewer, original).repostCount()).isZero();

        posts.repost(reposter.id(), original);

        List<PostCard> cards = page(viewer).cards();
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).repostOf().id()).isEqualTo(original);
        assertThat(card(viewer, original).repostCount()).isEqualTo(1);

        posts.unrepost(reposter.id(), original);

        assertThat(ids(viewer)).containsExactly(original);
        assertThat(card(viewer, original).repostCount()).isZero();
    }

    @Test
    void anEditShowsOnTheNextPage() {
        TestAccount viewer = accounts.create("ceviewer");
        TestAccount author = accounts.create("ceauthor");
        connections.follow(viewer.id(), author.id());
        long post = publish(author, "Before the edit");
        assertThat(card(viewer, post).bodyHtml()).contains("Before the edit");

        posts.edit(author.id(), post, "After the edit #changed", "New warning", false);

        PostCard edited = card(viewer, post);
        assertThat(edited.bodyHtml()).contains("After the edit").doesNotContain("Before");
        assertThat(edited.contentWarning()).isEqualTo("New warning");
        assertThat(edited.hashtags()).containsExactly("changed");
        assertThat(edited.edited()).isTrue();
    }

    @Test
    void aDeletedPostLeavesTheNextPage() {
        TestAccount viewer = accounts.create("cdviewer");
        TestAccount author = accounts.create("cdauthor");
        connections.follow(viewer.id(), author.id());
        long kept = publish(author, "Kept");
        long deleted = publish(author, "Deleted soon");
        assertThat(ids(viewer)).containsExactly(deleted, kept);

        posts.delete(member(author), deleted);

        assertThat(ids(viewer)).containsExactly(kept);
    }

    @Test
    void reactionsAndRepliesCountOnTheNextPageAndTheViewersOwnMarksShow() {
        TestAccount viewer = accounts.create("cxviewer");
        TestAccount author = accounts.create("cxauthor");
        TestAccount other = accounts.create("cxother");
        connections.follow(viewer.id(), author.id());
        long post = publish(author, "React to me");
        assertThat(card(viewer, post).reactionCount(ReactionKind.LIKE)).isZero();

        posts.react(other.id(), post, ReactionKind.LIKE);
        posts.react(viewer.id(), post, ReactionKind.LIKE);
        posts.bookmark(viewer.id(), post);
        posts.publish(
                other.id(), new PostDraft("A reply", null, PostVisibility.PUBLIC, post, List.of(), List.of(), false));

        PostCard card = card(viewer, post);
        assertThat(card.reactionCount(ReactionKind.LIKE)).isEqualTo(2);
        assertThat(card.reactedWith(ReactionKind.LIKE)).isTrue();
        assertThat(card.bookmarked()).isTrue();
        assertThat(card.replyCount()).isEqualTo(1);
        assertThat(card(author, post).reactedWith(ReactionKind.LIKE)).isFalse();
        assertThat(card(author, post).bookmarked()).isFalse();

        posts.unreact(viewer.id(), post, ReactionKind.LIKE);
        posts.unbookmark(viewer.id(), post);

        PostCard after = card(viewer, post);
        assertThat(after.reactionCount(ReactionKind.LIKE)).isEqualTo(1);
        assertThat(after.reactedWith(ReactionKind.LIKE)).isFalse();
        assertThat(after.bookmarked()).isFalse();
    }

    @Test
    void aBlockOrMuteAfterACachedPageHidesTheAuthorAtOnce() {
        TestAccount viewer = accounts.create("cbviewer");
        TestAccount muted = accounts.create("cbmuted");
        TestAccount blocker = accounts.create("cbblocker");
        connections.follow(viewer.id(), muted.id());
        connections.follow(viewer.id(), blocker.id());
        long mutedPost = publish(muted, "Soon muted");
        long blockerPost = publish(blocker, "Soon blocking");
        assertThat(ids(viewer)).containsExactly(blockerPost, mutedPost);

        connections.mute(viewer.id(), muted.id());
        assertThat(ids(viewer)).containsExactly(blockerPost);

        connections.block(blocker.id(), viewer.id());
        assertThat(ids(viewer)).isEmpty();
    }

    @Test
    void aSuspendedAuthorsPostsLeaveCachedCardsAtOnce() {
        TestAccount viewer = accounts.create("csviewer");
        TestAccount author = accounts.create("csauthor");
        TestAccount administrator = accounts.create("csadmin", AccountRole.ADMINISTRATOR);
        accounts.enableTwoFactor(administrator, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        connections.follow(viewer.id(), author.id());
        long post = publish(author, "Before the suspension");
        assertThat(ids(viewer)).containsExactly(post);

        administration.suspend(
                new CurrentAccount(
                        administrator.id(),
                        administrator.username(),
                        administrator.displayName(),
                        Set.of(AccountRole.ADMINISTRATOR),
                        true),
                author.id());

        assertThat(ids(viewer)).isEmpty();
    }

    private long publish(TestAccount author, String text) {
        return posts.publish(
                author.id(), new PostDraft(text, null, PostVisibility.PUBLIC, null, List.of(), List.of(), false));
    }

    private FeedPage page(TestAccount viewer) {
        return feed.home(member(viewer), null, null, HomeFeed.DEFAULT_LIMIT);
    }

    private List<Long> ids(TestAccount viewer) {
        return page(viewer).cards().stream().map(PostCard::id).toList();
    }

    private PostCard card(TestAccount viewer, long postId) {
        return page(viewer).cards().stream()
                .filter(card -> card.id() == postId)
                .findFirst()
                .orElseThrow();
    }

    private static CurrentAccount member(TestAccount account) {
        return new CurrentAccount(account.id(), account.username(), account.displayName(), Set.of(), false);
    }
}
