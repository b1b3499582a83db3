package org.glutecoach.practice.clients.notes;

/** The areas a soft-tissue therapist treats, coarse enough to pick from a list in a session. */
public enum BodyArea {
    NECK,
    SHOULDER,
    UPPER_BACK,
    LOWER_BACK,
    GLUTES,
    HIP,
    FRONT_OF_THIGH,
    BACK_OF_THIGH,
    OUTER_THIGH,
    CALF,
    FOOT
}
