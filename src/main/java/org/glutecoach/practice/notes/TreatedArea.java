package org.glutecoach.practice.notes;

/** One area treated in a session, with its side. */
public record TreatedArea(BodyArea area, TreatedSide side) {}
