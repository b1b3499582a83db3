package org.glutecoach.course.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalTime;
import java.time.ZoneId;
import org.glutecoach.course.EnrolmentView;
import org.glutecoach.shared.web.KnownTimeZone;

/** When the lessons should come: a time of day and a time zone. */
record TimeForm(
        @NotBlank(message = "{course.enrol.time.invalid}")
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "{course.enrol.time.invalid}")
        String time,

        @NotBlank(message = "{identity.account.time-zone.required}")
        @KnownTimeZone(message = "{identity.account.time-zone.unknown}")
        String timeZone) {

    static TimeForm of(EnrolmentView enrolment) {
        return new TimeForm(
                enrolment.timeOfDay().toString(), enrolment.timeZone().getId());
    }

    LocalTime localTime() {
        return LocalTime.parse(time);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
