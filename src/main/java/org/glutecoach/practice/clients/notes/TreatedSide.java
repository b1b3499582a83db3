package org.glutecoach.practice.clients.notes;

/** Which side of the body was treated; the middle is for the spine and what lies on it. */
public enum TreatedSide {
    LEFT,
    RIGHT,
    BOTH,
    MIDDLE
}
