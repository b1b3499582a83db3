package org.glutecoach.shared;

/**
 * Two requests changed the same thing at the same moment and the database kept the first (a unique key or a version
 * refused the second). Nothing of the second was kept; trying again sees the first one's change.
 */
public class ChangedAtTheSameTime extends GluteCoachException {

    public ChangedAtTheSameTime() {
        super("changed-at-the-same-time", "This was changed at the same moment by another request: try again");
    }
}
