package org.glutecoach.course;

import org.glutecoach.shared.GluteCoachException;

/** A change the course does not allow from where the enrolment is, e.g. carrying on with a course not paused. */
public class EnrolmentChangeNotAllowed extends GluteCoachException {

    private final String status;
    private final String change;

    public EnrolmentChangeNotAllowed(String status, String change) {
        super("course-change-not-allowed", "Cannot " + change + " an enrolment that is " + status);
        this.status = status;
        this.change = change;
    }

    /** Where the enrolment was, e.g. {@code PENDING}. */
    public String status() {
        return status;
    }

    /** What was asked, e.g. {@code pause}. */
    public String change() {
        return change;
    }
}
