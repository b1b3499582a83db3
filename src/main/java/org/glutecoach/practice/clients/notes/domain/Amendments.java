package org.glutecoach.practice.clients.notes.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The {@code practice_note_amendments} table: amendments are only ever added, in order, and erased with the record. */
public interface Amendments extends Repository<Amendment, UUID> {

    Amendment save(Amendment amendment);

    List<Amendment> findByNoteIdOrderByPosition(UUID noteId);

    List<Amendment> findByNoteIdInOrderByPosition(Collection<UUID> noteIds);

    int countByNoteId(UUID noteId);

    @Modifying
    @Query("DELETE FROM practice_note_amendments WHERE note_id IN "
            + "(SELECT id FROM practice_session_notes WHERE client_id = :clientId)")
    int deleteByClientId(UUID clientId);
}
