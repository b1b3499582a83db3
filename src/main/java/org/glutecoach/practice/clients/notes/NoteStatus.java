package org.glutecoach.practice.clients.notes;

/** A note is a draft the therapist may change until they sign it; a signed note never changes again. */
public enum NoteStatus {
    DRAFT,
    SIGNED
}
