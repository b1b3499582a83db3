package org.glutecoach.course.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalTime;
import java.time.ZoneId;
import org.glutecoach.course.CourseService;
import org.glutecoach.identity.AccountEmail;
import org.glutecoach.shared.web.KnownTimeZone;

/** An address, and when the lessons should come (default 07:30, Europe/London). */
record EnrolForm(
        @AccountEmail String email,

        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "{course.enrol.time.invalid}")
        String time,

        @NotBlank(message = "{identity.account.time-zone.required}")
        @KnownTimeZone(message = "{identity.account.time-zone.unknown}")
        String timeZone) {

    EnrolForm {
        email = email == null ? "" : email.strip();
        time = time == null || time.isBlank() ? CourseService.DEFAULT_TIME.toString() : time.strip();
        timeZone = timeZone == null || timeZone.isBlank() ? CourseService.DEFAULT_ZONE.getId() : timeZone.strip();
    }

    static EnrolForm empty() {
        return forEmail("");
    }

    static EnrolForm forEmail(String email) {
        return new EnrolForm(email, CourseService.DEFAULT_TIME.toString(), CourseService.DEFAULT_ZONE.getId());
    }

    LocalTime localTime() {
        return LocalTime.parse(time);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
