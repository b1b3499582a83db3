package org.glutecoach.shared;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Hands again to their listeners the events a listener has not handled (ADR 21): one that failed (a lock it waited
 * for, a database that was away), or whose instance stopped before it ran. A red-flag screen then still pauses the
 * course and stops the routines, a little later, instead of never. Every minute, on one instance at a time; an
 * event gets a couple of minutes first, as its listener normally runs within milliseconds of the commit. The
 * listeners that run after a commit are written so that a second run changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationsConfiguration {

    static final String RETRY_TASK = "event-publications-retry";

    static final Duration GRACE = Duration.ofMinutes(2);

    @Bean
    RecurringTask<Void> eventPublicationsRetryTask(IncompleteEventPublications incomplete) {
        return Tasks.recurring(RETRY_TASK, FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> incomplete.resubmitIncompletePublicationsOlderThan(GRACE));
    }
}
