package org.socialworkr;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.persistence.Entity;
import org.socialworkr.test.MainClassesOnly;
import org.springframework.data.repository.Repository;

/** What Spring Modulith does not check: module internals stay hidden, and the code keeps to a few house rules. */
@AnalyzeClasses(packagesOf = SocialWorkrApplication.class, importOptions = MainClassesOnly.class)
class ArchitectureTests {

    /** The {@code web} sub-packages of the modules, where their controllers live. */
    private static final DescribedPredicate<JavaClass> WEB_LAYER = resideInAPackage("org.socialworkr.*.web..")
            .or(resideInAPackage("org.socialworkr.*.*.web.."))
            .and(not(resideInAPackage("org.socialworkr.common..")))
            .as("a module's web layer");

    @ArchTest
    static final ArchRule entitiesAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .notBePublic()
            .because("entities stay inside their module; other modules see records")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes()
            .that()
            .areAssignableTo(Repository.class)
            .should()
            .notBePublic()
            .because("only the module's own services reach its tables")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule internalsDoNotDependOnTheWebLayer = noClasses()
            .that()
            .resideInAPackage("..internal..")
            .should()
            .dependOnClassesThat(WEB_LAYER)
            .because("controllers call services, never the other way round");

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noStandardStreams =
            GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("the application logs through SLF4J");
}
