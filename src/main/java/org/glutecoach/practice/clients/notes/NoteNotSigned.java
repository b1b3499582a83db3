package org.glutecoach.practice.clients.notes;

import org.glutecoach.shared.GluteCoachException;

/** Only a signed note takes amendments: a draft is simply edited. */
public class NoteNotSigned extends GluteCoachException {

    public NoteNotSigned() {
        super("note-not-signed", "The note is still a draft; edit it instead of amending it");
    }
}
