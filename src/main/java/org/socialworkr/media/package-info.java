/**
 * Uploaded images: checked, resized and stripped of metadata on the way in, kept under
 * {@code <data-dir>/media} with their facts in the database, and served at immutable addresses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "common :: *"})
package org.socialworkr.media;
