package org.glutecoach.shared;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deletes expired limit rows every hour (one instance at a time), so no count outlives its window by long. */
@Configuration(proxyBeanMethods = false)
class RateLimitsConfiguration {

    @Bean
    RecurringTask<Void> rateLimitsCleanUpTask(RateLimits limits) {
        return Tasks.recurring("rate-limits-clean-up", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> limits.forgetExpired());
    }
}
