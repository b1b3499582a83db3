package org.glutecoach.shared;

import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Persistence settings every module relies on: audit timestamps from the application clock (UTC), and table and
 * column names that mean the same on H2 and PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcAuditing(dateTimeProviderRef = "auditingTime")
class PersistenceConfiguration {

    @Bean
    DateTimeProvider auditingTime(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        // Spring Data JDBC quotes names, and its H2 dialect upper-cases them while PostgreSQL keeps lower case.
        // Unquoted, both fold to lower case (H2 runs with DATABASE_TO_LOWER=TRUE), so one migration fits both.
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
