package org.glutecoach.practice.clients.notes.web;

import java.util.UUID;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.practice.clients.ClientNotFound;
import org.glutecoach.practice.clients.notes.NoteId;

/** Ids from a path: text that is not an id is "not found", like an id nobody may see. */
final class Ids {

    private Ids() {}

    static ClientId client(String text) {
        return ClientId.parse(text).orElseThrow(ClientNotFound::new);
    }

    static NoteId note(String text) {
        try {
            return new NoteId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new ClientNotFound();
        }
    }
}
