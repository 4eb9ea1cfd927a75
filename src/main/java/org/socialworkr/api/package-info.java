/**
 * The Mastodon-compatible client API: an adapter that speaks Mastodon's REST dialect (entities,
 * paging, errors) over the other modules' facades, so existing Mastodon apps and libraries work
 * with SocialWorkr. No business rule lives here.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "common :: *",
            "account",
            "profile",
            "connection",
            "people",
            "post",
            "feed",
            "notification",
            "media",
            "confidentiality",
            "group",
            "chat"
        })
package org.socialworkr.api;
