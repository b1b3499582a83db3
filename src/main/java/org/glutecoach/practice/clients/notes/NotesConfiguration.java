package org.glutecoach.practice.clients.notes;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Retention as a daily db-scheduler task: one row, so one instance at a time erases what is due. */
@Configuration(proxyBeanMethods = false)
class NotesConfiguration {

    @Bean
    RecurringTask<Void> clinicalRecordRetentionTask(ClinicalRecords records) {
        return Tasks.recurring("clinical-record-retention", FixedDelay.of(Duration.ofDays(1)))
                .execute((instance, context) -> records.eraseDue());
    }
}
