package org.glutecoach.practice.clients.notes;

import java.time.Instant;
import java.util.List;
import org.glutecoach.practice.clients.ClientView;

/**
 * Everything the practice holds about a client, for their subject access request under UK GDPR: the client record
 * and every session note with its amendments, and when the answer was produced.
 */
public record SubjectAccessAnswer(Instant producedAt, ClientView client, List<NoteView> notes) {

    public SubjectAccessAnswer {
        notes = List.copyOf(notes);
    }
}
