/**
 * The member's home: the home timeline of followed and connected members and their own posts,
 * paged by id with a live "new posts" notice, and the timeline API for client apps.
 *
 * <p><b>Fan-out on read, with the newest page cached.</b> A page is read from the posts table on
 * request (the post module's {@code TimelineQueries}, whose Javadoc has the measurement that chose
 * it over inbox rows: fan-out on write would have written 251 inbox rows per post, 6,739 for the
 * most followed member, and had every follow, mute and block replayed into inboxes). At 100,000
 * members the statement itself stayed cheap (0.7 to 3 ms), but the per-page CPU of the database
 * and of the server was 20 times a trivial request, against a budget of about 3. So the read model
 * keeps, in memory and per node:
 *
 * <ol>
 *   <li>each reader's network ({@code ViewerNetworks}), dropped after any relationship or group
 *       change commits;
 *   <li>each reader's newest page of ids ({@code FirstPages}): this is fan-out on write to cached
 *       timelines only, as Mastodon does with its Redis home feeds, but lazy: a post stamps its
 *       author (and group) once, and a cached page is used only while none of the authors it
 *       depends on has a newer stamp. Writing into every follower's cached page instead would cost
 *       a write per follower for every post, most of them for readers who are not reading;
 *   <li>what every viewer sees of a post ({@code post.internal.CardCache}), evicted after any write
 *       to it, so a warm page costs one statement: the reader's own reactions, bookmarks and
 *       reposts on it.
 * </ol>
 *
 * <p>New posts of the network, deletions, blocks, mutes and visibility rules therefore apply to the
 * next request. The caches live in the node's heap rather than in Redis: Redis would add a round
 * trip and deserialization to every page, and one node is the operating envelope.
 * With several nodes, the post and relationship events must reach every node (the broker the
 * streaming API needs as well); until they do, each cache's expiry (30 to 60 s) bounds how long a
 * change made on another node stays unseen.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "common :: *", "account", "connection", "post"})
package org.socialworkr.feed;
