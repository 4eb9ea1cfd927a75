/**
 * The people directory: finding members by name, practice, region, agency and school, and
 * suggesting people the member may know, over profiles (which decide what each viewer may see)
 * and connections (who is connected, pending or blocked).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "common :: *", "account", "profile", "connection"})
package org.socialworkr.people;
