package org.glutecoach.practice.staff.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The staff's links, found by the hash of their secret. */
public interface StaffLinks extends ListCrudRepository<StaffLink, UUID> {

    @Query("SELECT * FROM practice_staff_links WHERE token_hash = :tokenHash")
    Optional<StaffLink> findByTokenHash(String tokenHash);

    /** Invitations that still work (not used, withdrawn or expired), newest first. */
    @Query("SELECT * FROM practice_staff_links WHERE purpose = 'INVITE_THERAPIST' AND used_at IS NULL "
            + "AND expires_at > :now ORDER BY created_at DESC")
    List<StaffLink> openInvitations(Instant now);

    /** Ends every invitation to one address that still works: its links stop working. */
    @Modifying
    @Query("UPDATE practice_staff_links SET used_at = CURRENT_TIMESTAMP WHERE purpose = 'INVITE_THERAPIST' "
            + "AND email = :email AND used_at IS NULL")
    int retireInvitationsTo(String email);

    /**
     * Uses a link, once: the database changes the row only if nobody used it first (a second transaction waits
     * for the first and then finds it used), so two submissions at the same moment cannot both pass.
     *
     * @return 1 if this call used it, 0 if it was used already or has expired
     */
    @Modifying
    @Query("UPDATE practice_staff_links SET used_at = :now WHERE id = :id AND used_at IS NULL "
            + "AND expires_at > :now")
    int useOnce(UUID id, Instant now);
}
