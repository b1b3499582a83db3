package org.glutecoach.practice.clients.notes.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The practice's session notes; each query names the client (or the writer, for their own drafts). A save over a
 * signed note is refused by {@link SignedNotesStayUnchanged}.
 */
public interface SessionNotes extends ListCrudRepository<SessionNote, UUID> {

    List<SessionNote> findByClientIdOrderBySessionDateDescCreatedAtDesc(UUID clientId);

    Optional<SessionNote> findByIdAndClientId(UUID id, UUID clientId);

    List<SessionNote> findBySignedAtIsNullAndWrittenByAndCreatedAtBeforeOrderByCreatedAt(
            UUID writtenBy, Instant createdBefore);

    /** Erases a client's notes when their record has been kept for its full period (amendments go first). */
    @Modifying
    @Query("DELETE FROM practice_session_notes WHERE client_id = :clientId")
    int deleteByClientId(UUID clientId);
}
