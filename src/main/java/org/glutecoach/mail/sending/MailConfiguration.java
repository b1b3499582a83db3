package org.glutecoach.mail.sending;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relay as a recurring db-scheduler task: one row in {@code scheduled_tasks}, run by one instance at a time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    static final String RELAY_TASK = "mail-relay";

    @Bean
    RecurringTask<Void> mailRelayTask(MailRelay relay, MailSettings settings) {
        return Tasks.recurring(RELAY_TASK, FixedDelay.of(settings.relayInterval()))
                .execute((instance, context) -> relay.sendDue());
    }
}
