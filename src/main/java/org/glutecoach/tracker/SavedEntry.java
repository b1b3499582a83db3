package org.glutecoach.tracker;

/** A day saved: the entry as stored, and whether the day was new (201 in the API) or replaced (200). */
public record SavedEntry(EntryView entry, boolean created) {}
