/**
 * The member's home: the home timeline of followed and connected members and their own posts,
 * paged by id with a live "new posts" notice, and the timeline API for client apps.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "common :: *", "account", "connection", "post"})
package org.socialworkr.feed;
