package org.glutecoach.practice.clients.notes;

import org.glutecoach.shared.GluteCoachException;

/** A draft is the writer's own until signed: another therapist may read it, but neither edits nor signs it. */
public class NotTheAuthor extends GluteCoachException {

    public NotTheAuthor() {
        super("not-the-author", "Only the therapist who wrote the draft can change or sign it");
    }
}
