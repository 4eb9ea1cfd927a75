/**
 * Professional profiles: a member's credentials, practice, region, education, bio, links and
 * avatar, each field with its own visibility (public, members, connections, only me).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "media", "common", "common :: *"})
package org.socialworkr.profile;
