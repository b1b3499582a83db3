package org.glutecoach.course.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** The course's enrolments ({@code course_enrolments}); deliveries and progress are in {@link LessonRecords}. */
public interface Enrolments extends ListCrudRepository<Enrolment, UUID> {

    Optional<Enrolment> findByConfirmTokenHash(String hash);

    /**
     * The enrolment, locked until the transaction ends, so a change and the sender never work on it at once (one
     * waits, then sees what the other did).
     */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Enrolment> findLockedById(UUID id);

    /**
     * The latest enrolment of an address that was not stopped (pending, active, paused or finished): enrolling it
     * again mails it its course link (or a new confirmation link) instead of starting a second one.
     */
    @Query("""
            SELECT * FROM course_enrolments WHERE email = :email
            AND status IN ('PENDING', 'ACTIVE', 'PAUSED', 'FINISHED') ORDER BY created_at DESC LIMIT 1""")
    Optional<Enrolment> current(String email);

    /** The latest enrolment made while signed in to the account, for an account whose address is not proven. */
    @Query("""
            SELECT * FROM course_enrolments WHERE account_id = :accountId AND status <> 'UNSUBSCRIBED'
            ORDER BY created_at DESC LIMIT 1""")
    Optional<Enrolment> madeByAccount(UUID accountId);

    /** The latest enrolment not stopped of the account or of its proven address. */
    @Query("""
            SELECT * FROM course_enrolments WHERE (account_id = :accountId OR email = :email)
            AND status <> 'UNSUBSCRIBED' ORDER BY created_at DESC LIMIT 1""")
    Optional<Enrolment> forAccount(UUID accountId, String email);

    /**
     * The enrolment of the account (or of the address, or shown to the account) with the latest red-flag pause,
     * stopped ones included: enrolling again needs the self-check passed since then (HZ-23).
     */
    @Query("""
            SELECT * FROM course_enrolments WHERE pause_reason = 'RED_FLAG'
            AND (account_id = :accountId OR paused_account_id = :accountId OR email = :email)
            ORDER BY paused_at DESC LIMIT 1""")
    Optional<Enrolment> latestRedFlagPause(UUID accountId, String email);

    @Query("SELECT * FROM course_enrolments WHERE account_id = :accountId ORDER BY created_at")
    List<Enrolment> allMadeByAccount(UUID accountId);

    @Query("SELECT * FROM course_enrolments WHERE account_id = :accountId OR email = :email ORDER BY created_at")
    List<Enrolment> of(UUID accountId, String email);

    @Modifying
    @Query("DELETE FROM course_enrolments WHERE account_id = :accountId")
    void deleteMadeByAccount(UUID accountId);

    @Modifying
    @Query("DELETE FROM course_enrolments WHERE account_id = :accountId OR email = :email")
    void deleteFor(UUID accountId, String email);

    /**
     * Locks the enrolment if its next lesson is still due (so a second sender, on this instance or another, waits
     * here and then finds it already moved on).
     */
    default Optional<Enrolment> lockIfDue(UUID id, Instant now) {
        return findLockedById(id).filter(enrolment -> enrolment.lessonDue(now));
    }
}
