/**
 * Relationships between members: mutual connections (request, accept), one-way follows, blocks
 * and mutes, with the lists shown on profiles and the checks other modules make before showing
 * one member's content to another.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "common :: *", "account", "profile"})
package org.socialworkr.connection;
