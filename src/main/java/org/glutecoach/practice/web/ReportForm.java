package org.glutecoach.practice.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.glutecoach.practice.ReportProblem;

/**
 * A report about some advice: what is wrong (up to 2,000 characters), and an address for a reply if the person wants
 * one. {@code about} names the page it came from; anything but a short name is dropped.
 */
record ReportForm(
        String about,

        @NotBlank(message = "{practice.report.message.required}")
        @Size(max = 2000, message = "{practice.report.message.too-long}")
        String message,

        @Email(message = "{identity.sign-up.email.invalid}")
        @Size(max = 254, message = "{identity.sign-up.email.invalid}")
        String replyTo) {

    ReportForm {
        about = about == null || !about.matches("[A-Za-z0-9_-]{1,60}") ? "" : about;
        message = message == null ? "" : message.strip();
        replyTo = replyTo == null ? "" : replyTo.strip();
    }

    static ReportForm about(String page) {
        return new ReportForm(page, "", "");
    }

    ReportProblem command() {
        return new ReportProblem(about.isEmpty() ? null : about, message, replyTo.isEmpty() ? null : replyTo);
    }
}
