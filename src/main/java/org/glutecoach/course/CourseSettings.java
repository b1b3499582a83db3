package org.glutecoach.course;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The course's settings ({@code glutecoach.course.*}).
 *
 * @param lessonsDir a practice's own lesson files ({@code GLUTECOACH_COURSE_LESSONS_DIR}); blank for the bundled
 *        lessons alone
 * @param sendInterval how often the sender looks for due lessons
 */
@ConfigurationProperties("glutecoach.course")
public record CourseSettings(
        @DefaultValue("") String lessonsDir,
        @DefaultValue("30s") Duration sendInterval) {

    public CourseSettings {
        // An empty environment variable binds as no value at all.
        lessonsDir = lessonsDir == null ? "" : lessonsDir;
    }
}
