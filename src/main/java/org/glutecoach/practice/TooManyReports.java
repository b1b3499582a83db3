package org.glutecoach.practice;

import org.glutecoach.shared.GluteCoachException;

/** More problem reports than the hourly cap ({@code GLUTECOACH_PRACTICE_REPORTS_PER_HOUR}): try again later. */
public class TooManyReports extends GluteCoachException {

    public TooManyReports() {
        super("too-many-reports", "Too many problem reports in the last hour");
    }
}
