package org.glutecoach.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import testing.FailingPages;

/**
 * The whole application on a random port with the test's clock ({@link MutableClock}) over an in-memory H2
 * database of its own, so moving time never touches the context the other tests share. {@link #properties} names
 * the database as {@code "glutecoach.test.database=<name>"}, with any other settings the test needs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:${glutecoach.test.database};"
                + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import({FailingPages.class, MailServer.Running.class, MutableClock.InContext.class})
public @interface ClockedIntegrationTest {

    /** At least {@code glutecoach.test.database=<a name no other context uses>}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties();
}
