package org.glutecoach.course;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lesson sender as a recurring db-scheduler task: one row, run by one instance at a time. */
@Configuration(proxyBeanMethods = false)
class CourseConfiguration {

    @Bean
    RecurringTask<Void> courseLessonsTask(CourseDeliveries deliveries, CourseSettings settings) {
        return Tasks.recurring("course-lessons", FixedDelay.of(settings.sendInterval()))
                .execute((instance, context) -> deliveries.sendDue());
    }
}
