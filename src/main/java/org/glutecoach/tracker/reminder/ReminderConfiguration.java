package org.glutecoach.tracker.reminder;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reminder sender as a recurring db-scheduler task: one row, run by one instance at a time. */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    @Bean
    RecurringTask<Void> trackerRemindersTask(DailyReminders reminders, ReminderSettings settings) {
        return Tasks.recurring("tracker-reminders", FixedDelay.of(settings.sendInterval()))
                .execute((instance, context) -> reminders.sendDue());
    }
}
