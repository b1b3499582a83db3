package org.glutecoach.course;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An enrolment as its owner sees it: status, delivery, time, and each lesson with whether it is open (or when it
 * opens) and how far they got. {@code accessKey} goes into links that work without signing in.
 * {@code pausedForRedFlag}: paused because the self-check showed a sign that needs a doctor first; carrying on
 * needs the self-check passed again.
 */
public record EnrolmentView(
        UUID id,
        String email,
        String status,
        String delivery,
        LocalTime timeOfDay,
        ZoneId timeZone,
        List<LessonState> lessons,
        String accessKey,
        boolean pausedForRedFlag) {

    public EnrolmentView {
        lessons = List.copyOf(lessons);
    }

    /** One lesson in the course overview. */
    public record LessonState(
            int day,
            String title,
            int minutes,
            boolean unlocked,
            @Nullable ZonedDateTime opensAt,
            boolean opened,
            boolean taskDone) {}

    public long tasksDone() {
        return lessons.stream().filter(LessonState::taskDone).count();
    }

    /** Progress as a whole percentage of tasks done. */
    public int percentDone() {
        return lessons.isEmpty() ? 0 : (int) (100 * tasksDone() / lessons.size());
    }

    /**
     * The lesson to read today: the latest one open whose task is not done yet, or else the latest one open;
     * null while none is open (before the confirmation link is followed).
     */
    public @Nullable LessonState today() {
        LessonState latest = null;
        for (var lesson : lessons) {
            if (lesson.unlocked()) {
                latest = lesson;
            }
        }
        var notDone =
                lessons.stream().filter(l -> l.unlocked() && !l.taskDone()).reduce((a, b) -> b);
        return notDone.orElse(latest);
    }

    public boolean finished() {
        return lessons.stream().allMatch(LessonState::taskDone);
    }
}
