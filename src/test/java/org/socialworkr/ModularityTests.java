package org.socialworkr;

import org.junit.jupiter.api.Test;
import org.socialworkr.test.MainClassesOnly;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries; their diagrams are written to target/spring-modulith-docs. */
class ModularityTests {

    /** The application's own classes: tests may reach across modules to set up their data. */
    private final ApplicationModules modules =
            ApplicationModules.of(SocialWorkrApplication.class, new MainClassesOnly());

    @Test
    void modulesOnlyUseWhatTheyAreAllowedTo() {
        modules.verify();
    }

    /**
     * Diagrams and metadata, not the module canvases: Spring Modulith 2.1.1 reads the Javadoc it
     * collected with Boot's BasicJsonParser, which fails on a comment holding a quoted text with a
     * comma in it, such as {@code "Boston, MA"}.
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleMetadata();
    }
}
