package org.glutecoach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import org.glutecoach.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * {@code ./mvnw test} runs only fast unit tests; Failsafe runs the rest in {@code verify}, chosen by name (pom.xml,
 * {@code integration.tests}). A test that starts the application, a database, a mail server or a browser under
 * another name would slow the unit phase down, so this names it.
 */
class TestPhasesTests {

    /** Named as text: a class literal would make this test depend on them too. */
    private static final Set<String> SLOW_PARTS = Set.of(
            "org.glutecoach.support.RunningApp",
            "org.glutecoach.support.ClusterInstance",
            "org.glutecoach.support.PostgresServer",
            "org.glutecoach.support.MailServer",
            "org.springframework.boot.SpringApplication",
            "org.springframework.boot.builder.SpringApplicationBuilder");

    @Test
    void testsThatNeedTheApplicationRunInTheIntegrationPhase() {
        var configuration = ArchConfiguration.get();
        var resolving = configuration.resolveMissingDependenciesFromClassPath();
        // Names are enough; resolving every library class the tests use is slow.
        configuration.setResolveMissingDependenciesFromClassPath(false);
        JavaClasses tests;
        try {
            // Only the test classes' folder: scanning the whole class path for the package is slow.
            tests = new ClassFileImporter()
                    .importUrl(TestPhasesTests.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation());
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
        classes()
                .that()
                .haveSimpleNameEndingWith("Tests")
                .and(needSlowParts())
                .should()
                .haveSimpleNameEndingWith("IntegrationTests")
                .orShould()
                .resideInAPackage("org.glutecoach.journeys..")
                .because("pom.xml runs only those in the integration phase (docs/testing.md)")
                .check(tests);
    }

    private static DescribedPredicate<JavaClass> needSlowParts() {
        return DescribedPredicate.describe(
                "start the application, a database, a mail server or a browser",
                test -> test.isMetaAnnotatedWith(SpringBootTest.class)
                        || test.isMetaAnnotatedWith(ApplicationModuleTest.class)
                        || test.isAssignableTo(BrowserJourney.class)
                        || test.getDirectDependenciesFromSelf().stream()
                                .anyMatch(use ->
                                        SLOW_PARTS.contains(use.getTargetClass().getName())));
    }
}
