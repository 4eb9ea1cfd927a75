/**
 * The demo community: a small, realistic network of social workers that a newcomer can switch on
 * ({@code socialworkr.demo.enabled=true}) so the app feels alive on first run. Each capability
 * adds its part here.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "common :: *", "account", "profile", "connection", "post", "group"})
package org.socialworkr.demo;
