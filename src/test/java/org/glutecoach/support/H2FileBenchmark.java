package org.glutecoach.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A scale benchmark on H2 as the app runs it by default: a database file, new each run, not the tests' in-memory
 * one. The file lies under {@code target/<folder>/}, the folder named by {@link #properties} as
 * {@code "glutecoach.benchmark.folder=…"} (delete it afterwards: the seeded files are large).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:file:./target/${glutecoach.benchmark.folder}/glute-${random.uuid};"
                + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles("test")
@Import(MailServer.Running.class)
public @interface H2FileBenchmark {

    /** At least {@code glutecoach.benchmark.folder=<folder under target/>}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties();
}
