package org.glutecoach.course.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.glutecoach.course.CourseService;
import org.glutecoach.course.EnrolmentView;
import org.glutecoach.course.Lesson;
import org.glutecoach.identity.SignedInAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The course over JSON: the list of lessons for anyone; a lesson's text and one's progress when signed in. */
@RestController
@RequestMapping("/api/v1/course")
@Tag(name = "Course", description = "The free mini course: seven short daily lessons")
class CourseApiController {

    private final CourseService course;

    CourseApiController(CourseService course) {
        this.course = course;
    }

    /** A lesson in the list: what it is about, not its text. */
    record LessonSummary(int day, String title, int minutes, String summary) {}

    /** A lesson's text, for someone it is open to. */
    record LessonText(int day, String title, int minutes, String summary, String task, String markdown, String html) {

        static LessonText of(Lesson lesson) {
            return new LessonText(
                    lesson.day(),
                    lesson.title(),
                    lesson.minutes(),
                    lesson.summary(),
                    lesson.task(),
                    lesson.markdown(),
                    lesson.html());
        }
    }

    /** One's enrolment and progress (the link key stays out of the API). */
    record Enrolment(
            String email,
            String status,
            String delivery,
            String timeOfDay,
            String timeZone,
            List<EnrolmentView.LessonState> lessons,
            int percentDone) {}

    @GetMapping("/lessons")
    @Operation(summary = "The lessons, in order (open to everyone)")
    List<LessonSummary> lessons() {
        return course.lessons().stream()
                .map(l -> new LessonSummary(l.day(), l.title(), l.minutes(), l.summary()))
                .toList();
    }

    @GetMapping("/lessons/{day}")
    @Operation(summary = "One lesson's text, once it has opened for the caller's enrolment")
    LessonText lesson(@AuthenticationPrincipal SignedInAccount me, @PathVariable int day) {
        var enrolment =
                course.forAccount(me.accountId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var lesson = course.lesson(day).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!enrolment.lessons().get(day - 1).unlocked()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return LessonText.of(lesson);
    }

    @GetMapping("/enrolment")
    @Operation(summary = "The caller's enrolment and progress")
    Enrolment enrolment(@AuthenticationPrincipal SignedInAccount me) {
        var view =
                course.forAccount(me.accountId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Enrolment(
                view.email(),
                view.status(),
                view.delivery(),
                view.timeOfDay().toString(),
                view.timeZone().getId(),
                view.lessons(),
                view.percentDone());
    }
}
