/** The frame every page shares: layout, navigation, home page and error pages for the web and the API. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "common :: *", "account"})
package org.socialworkr.web;
