package org.glutecoach.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import testing.FailingPages;

/**
 * The whole application on a random port over in-memory H2. Every test class that uses this shares one cached
 * context, so keep its configuration identical: vary data (unique emails), not settings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({FailingPages.class, MailServer.Running.class})
public @interface IntegrationTest {}
