package org.glutecoach.course;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lesson sender as a recurring db-scheduler task: one row, run by one instance at a time. */
@Configuration(proxyBeanMethods = false)
class CourseConfiguration {

    @Bean
    RecurringTask<Void> courseLessonsTask(CourseDeliveries deliveries,
            @Value("${glutecoach.course.send-interval:30s}") Duration interval) {
        return Tasks.recurring("course-lessons", FixedDelay.of(interval))
                .execute((instance, context) -> deliveries.sendDue());
    }
}
