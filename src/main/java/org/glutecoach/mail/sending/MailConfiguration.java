package org.glutecoach.mail.sending;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relay as a recurring db-scheduler task: one row in {@code scheduled_tasks}, run by one instance at a time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailSettings.class, MailBodyRetention.class})
class MailConfiguration {

    static final String RELAY_TASK = "mail-relay";

    static final String BODY_PURGE_TASK = "mail-sent-bodies";

    @Bean
    RecurringTask<Void> mailRelayTask(MailRelay relay, MailSettings settings) {
        return Tasks.recurring(RELAY_TASK, FixedDelay.of(settings.relayInterval()))
                .execute((instance, context) -> relay.sendDue());
    }

    /** Once a day, sent mails older than the setting lose their bodies (README, "Mail"). */
    @Bean
    RecurringTask<Void> mailBodyPurgeTask(Outbox outbox, MailBodyRetention retention, Clock clock) {
        return Tasks.recurring(BODY_PURGE_TASK, FixedDelay.of(Duration.ofDays(1)))
                .execute((instance, context) ->
                        outbox.emptySentBodies(clock.instant().minus(retention.keepSentBodies())));
    }
}
