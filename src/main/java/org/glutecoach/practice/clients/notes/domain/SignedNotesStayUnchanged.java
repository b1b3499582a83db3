package org.glutecoach.practice.clients.notes.domain;

import org.glutecoach.practice.clients.notes.NoteAlreadySigned;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's side of "a signed note never changes": before any save of an existing note, the stored row is
 * read, and if it is signed the save is refused, whatever the object in memory says. With the note's version
 * column, a save racing a signature fails too (the signature moved the version on). A trigger would do this in
 * the database itself, but not in SQL that runs on both H2 and PostgreSQL (ADR 20).
 */
@Component
class SignedNotesStayUnchanged implements BeforeConvertCallback<SessionNote> {

    private final JdbcClient jdbc;

    SignedNotesStayUnchanged(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SessionNote onBeforeConvert(SessionNote note) {
        if (!note.isNew() && storedSigned(note)) {
            throw new NoteAlreadySigned();
        }
        return note;
    }

    private boolean storedSigned(SessionNote note) {
        return jdbc.sql("SELECT COUNT(*) FROM practice_session_notes WHERE id = :id AND signed_at IS NOT NULL")
                        .param("id", note.id())
                        .query(Long.class)
                        .single()
                > 0;
    }
}
