/**
 * Posts: short Markdown texts with hashtags, mentions, images and a visibility; replies,
 * reactions, reposts, bookmarks, edits with history; the one rule of who may see a post
 * ({@link org.socialworkr.post.PostAccess}) and the batched read model of post cards
 * ({@link org.socialworkr.post.PostCards}) that timelines render.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "common :: *", "account", "connection", "confidentiality", "media"})
package org.socialworkr.post;
