package org.socialworkr.test;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The application's own classes, without tests: like ArchUnit's DoNotIncludeTests, but also when
 * the build writes to a folder other than {@code target/} ({@code -Dbuild.dir=...}).
 */
public final class MainClassesOnly implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("/test-classes/");
    }
}
