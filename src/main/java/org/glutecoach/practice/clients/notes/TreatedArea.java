package org.glutecoach.practice.clients.notes;

/** One area treated in a session, with its side. */
public record TreatedArea(BodyArea area, TreatedSide side) {}
