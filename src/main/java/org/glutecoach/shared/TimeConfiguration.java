package org.glutecoach.shared;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so rules about "today" can be tested with a fixed one. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        // Instants are stored and compared in UTC; a person's own zone is applied only when showing them.
        // Microsecond ticks: both databases keep microseconds, so what we save is exactly what we read back.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
