package org.glutecoach.practice.clients.notes;

import org.glutecoach.shared.GluteCoachException;

/** A signed note is part of the clinical record and never changes: a correction is an amendment beneath it. */
public class NoteAlreadySigned extends GluteCoachException {

    public NoteAlreadySigned() {
        super("note-signed", "The note is signed and cannot be changed; add an amendment instead");
    }
}
