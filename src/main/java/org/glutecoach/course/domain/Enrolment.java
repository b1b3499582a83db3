package org.glutecoach.course.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.glutecoach.course.EnrolmentChangeNotAllowed;
import org.glutecoach.course.SelfCheckNeededFirst;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One person's place in the course, and the rules for moving through it: enrol (pending), confirm, pause, carry on,
 * start again, open all at once, stop, and the sender moving it on a day. A move the rules do not allow throws
 * {@link EnrolmentChangeNotAllowed}. Day 1 comes as soon as they confirm; day N at their chosen local time on the
 * (N-1)th day after {@code startDate}. Working in local dates and times is what keeps a daylight-saving change
 * from moving or skipping a lesson: 07:30 stays 07:30.
 */
@Table("course_enrolments")
public class Enrolment {

    public enum Status {
        PENDING,
        ACTIVE,
        PAUSED,
        FINISHED,
        UNSUBSCRIBED
    }

    public enum Delivery {
        DAILY,
        ALL_AT_ONCE
    }

    /** Why the lessons are paused: the person chose to, or a red-flag screen was shown to them (issue 11). */
    public enum PauseReason {
        PERSON,
        RED_FLAG
    }

    private final @Id UUID id;
    private final String email;
    private final @Nullable UUID accountId;
    private Status status;
    private Delivery delivery;
    /** As {@code HH:mm}, so the column means the same on every database. */
    private String timeOfDay;

    private String timeZone;
    private @Nullable LocalDate startDate;

    @Column("round_no")
    private int round;

    private int nextDay;
    private @Nullable Instant nextDueAt;
    private final String accessKey;
    private @Nullable String confirmTokenHash;
    private @Nullable Instant confirmedAt;
    private @Nullable PauseReason pauseReason;
    private @Nullable Instant pausedAt;
    /** The account that was shown the red-flag screen: it must pass the self-check again. */
    private @Nullable UUID pausedAccountId;

    private @Version @Nullable Long version;
    private @CreatedDate @Nullable Instant createdAt;
    private @LastModifiedDate @Nullable Instant updatedAt;

    @PersistenceCreator
    Enrolment(
            UUID id,
            String email,
            @Nullable UUID accountId,
            Status status,
            Delivery delivery,
            String timeOfDay,
            String timeZone,
            @Nullable LocalDate startDate,
            int round,
            int nextDay,
            @Nullable Instant nextDueAt,
            String accessKey,
            @Nullable String confirmTokenHash,
            @Nullable Instant confirmedAt,
            @Nullable PauseReason pauseReason,
            @Nullable Instant pausedAt,
            @Nullable UUID pausedAccountId,
            @Nullable Long version,
            @Nullable Instant createdAt,
            @Nullable Instant updatedAt) {
        this.id = id;
        this.email = email;
        this.accountId = accountId;
        this.status = status;
        this.delivery = delivery;
        this.timeOfDay = timeOfDay;
        this.timeZone = timeZone;
        this.startDate = startDate;
        this.round = round;
        this.nextDay = nextDay;
        this.nextDueAt = nextDueAt;
        this.accessKey = accessKey;
        this.confirmTokenHash = confirmTokenHash;
        this.confirmedAt = confirmedAt;
        this.pauseReason = pauseReason;
        this.pausedAt = pausedAt;
        this.pausedAccountId = pausedAccountId;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new enrolment waiting for its confirmation link to be followed: nothing is sent until then. */
    public static Enrolment pending(
            String email,
            @Nullable UUID accountId,
            LocalTime time,
            ZoneId zone,
            String accessKey,
            String confirmTokenHash,
            Instant now) {
        return new Enrolment(
                UUID.randomUUID(),
                email,
                accountId,
                Status.PENDING,
                Delivery.DAILY,
                time.toString(),
                zone.getId(),
                null,
                1,
                1,
                null,
                accessKey,
                confirmTokenHash,
                null,
                null,
                null,
                null,
                null,
                now,
                now);
    }

    /** A new confirmation link for an enrolment still waiting for one to be followed. */
    public void newConfirmToken(String hash) {
        if (status != Status.PENDING) {
            throw notAllowed("ask again to join");
        }
        confirmTokenHash = hash;
    }

    /** The address is confirmed (or the person is known already): day 1 is due at once, the rest daily. */
    public void confirm(Instant now) {
        if (status != Status.PENDING) {
            throw notAllowed("confirm");
        }
        var account = pausedAccountId;
        var shownAt = pausedAt;
        var heldForRedFlag = waitsForTheSelfCheck();
        startRound(round, now);
        if (heldForRedFlag && shownAt != null) {
            // A red flag shown before the link was followed: confirmed, but paused until the self-check is passed.
            status = Status.PAUSED;
            nextDueAt = null;
            holdForRedFlag(account, shownAt);
        }
    }

    /** The person pauses: no lesson comes until they carry on. */
    public void pause(Instant now) {
        if (status != Status.ACTIVE) {
            throw notAllowed("pause");
        }
        status = Status.PAUSED;
        nextDueAt = null;
        pauseReason = PauseReason.PERSON;
        pausedAt = now;
    }

    /**
     * An EMERGENCY or URGENT red-flag screen was shown to the account (or, with no account, in a browser that opened
     * this enrolment's link): a course under way (or paused by the person) pauses until the self-check is passed
     * again after {@code shownAt}, by that account, or without one in that browser. A pending one records it too
     * (confirming then leaves it paused), and so does a finished one (starting again needs the pass); a stopped
     * one stays as it is.
     *
     * @param account who was shown the screen, or {@code null} for someone not signed in
     * @return whether the red-flag pause is now recorded on the enrolment
     */
    public boolean pauseForRedFlag(@Nullable UUID account, Instant shownAt) {
        if (status == Status.UNSUBSCRIBED) {
            return false;
        }
        if (status == Status.ACTIVE || status == Status.PAUSED) {
            status = Status.PAUSED;
            nextDueAt = null;
        }
        holdForRedFlag(account, shownAt);
        return true;
    }

    private void holdForRedFlag(@Nullable UUID account, Instant shownAt) {
        var later = pauseReason != PauseReason.RED_FLAG || pausedAt == null || shownAt.isAfter(pausedAt);
        // Who must pass again: the account shown the screen, or nobody in particular after a screen shown to no
        // account (then a pass in that browser, or by the person signed in, counts). An older screen shown to no
        // account changes nothing.
        if (later || account != null) {
            pausedAccountId = account;
        }
        pauseReason = PauseReason.RED_FLAG;
        pausedAt = later ? shownAt : pausedAt;
    }

    /**
     * Whether going on needs the self-check passed again since {@link #pausedAt()}: a red-flag pause, kept through
     * confirming, finishing and stopping until the person carries on or starts again after passing it.
     */
    public boolean waitsForTheSelfCheck() {
        return pauseReason == PauseReason.RED_FLAG;
    }

    /**
     * Carries on after a pause: the next lesson comes at the next chosen time (never at once, never twice a day).
     *
     * @param selfCheckPassed whether the self-check was passed since the pause; needed after a red-flag pause
     */
    public void carryOn(Instant now, boolean selfCheckPassed) {
        if (status != Status.PAUSED) {
            throw notAllowed("carry on with");
        }
        requireSelfCheck(selfCheckPassed);
        var start = startForNext(nextDay, timeOfDay(), timeZone(), now);
        status = Status.ACTIVE;
        startDate = start;
        nextDueAt = delivery == Delivery.DAILY ? dueAt(start, nextDay, timeOfDay(), timeZone(), now) : null;
        clearPause();
    }

    /** A new round from day 1 (lessons are sent again, once each); the caller clears the progress. */
    public void restart(Instant now, boolean selfCheckPassed) {
        if (status == Status.PENDING || status == Status.UNSUBSCRIBED) {
            throw notAllowed("start again");
        }
        requireSelfCheck(selfCheckPassed);
        startRound(round + 1, now);
    }

    /** Every lesson open on the web at once, and no more lesson mails. */
    public void openAllAtOnce(boolean selfCheckPassed) {
        if (status != Status.ACTIVE && status != Status.PAUSED) {
            throw notAllowed("open every lesson of");
        }
        requireSelfCheck(selfCheckPassed);
        status = Status.ACTIVE;
        delivery = Delivery.ALL_AT_ONCE;
        nextDueAt = null;
        clearPause();
    }

    /**
     * No more course mails, from wherever the enrolment is; the confirmation link stops working too. A red-flag
     * pause is kept, so enrolling again still needs the self-check passed first (HZ-23).
     */
    public void stop() {
        status = Status.UNSUBSCRIBED;
        nextDueAt = null;
        confirmTokenHash = null;
        if (pauseReason != PauseReason.RED_FLAG) {
            clearPause();
        }
    }

    /**
     * A new time of day or time zone. The days stay the same (still one lesson a day); the next lesson comes at the
     * new time on its day.
     */
    public void changeTime(LocalTime time, ZoneId zone) {
        var waiting = status == Status.ACTIVE && delivery == Delivery.DAILY && nextDay > 1;
        if (waiting && startDate != null && nextDueAt != null) {
            nextDueAt = dueAt(startDate, nextDay, time, zone, nextDueAt);
        }
        timeOfDay = time.toString();
        timeZone = zone.getId();
    }

    /** Whether the sender has a lesson to send now. */
    public boolean lessonDue(Instant now) {
        return status == Status.ACTIVE && delivery == Delivery.DAILY && nextDueAt != null && !nextDueAt.isAfter(now);
    }

    /** The lesson due went to the outbox (or had gone already): the next one is due on its day, or that was all. */
    public void lessonSent(int lessonsInCourse) {
        var start = startDate;
        var due = nextDueAt;
        if (status != Status.ACTIVE || delivery != Delivery.DAILY || start == null || due == null) {
            throw notAllowed("send the next lesson of");
        }
        nextDay++;
        if (nextDay > lessonsInCourse) {
            status = Status.FINISHED;
            nextDueAt = null;
        } else {
            nextDueAt = dueAt(start, nextDay, timeOfDay(), timeZone(), due);
        }
    }

    /** No lesson left to send (fewer lessons than before, say): the course is over. */
    public void finish() {
        status = Status.FINISHED;
        nextDueAt = null;
    }

    private void startRound(int newRound, Instant now) {
        status = Status.ACTIVE;
        delivery = Delivery.DAILY;
        startDate = LocalDate.ofInstant(now, timeZone());
        round = newRound;
        nextDay = 1;
        nextDueAt = now;
        confirmTokenHash = null;
        confirmedAt = confirmedAt == null ? now : confirmedAt;
        clearPause();
    }

    private void requireSelfCheck(boolean selfCheckPassed) {
        if (waitsForTheSelfCheck() && !selfCheckPassed) {
            throw new SelfCheckNeededFirst();
        }
    }

    private void clearPause() {
        pauseReason = null;
        pausedAt = null;
        pausedAccountId = null;
    }

    private EnrolmentChangeNotAllowed notAllowed(String change) {
        return new EnrolmentChangeNotAllowed(status.name(), change);
    }

    /** When lesson {@code day} is due: at once for day 1, then the chosen local time on each following day. */
    public static Instant dueAt(LocalDate start, int day, LocalTime time, ZoneId zone, Instant dayOneAt) {
        return day == 1
                ? dayOneAt
                : ZonedDateTime.of(start.plusDays(day - 1L), time, zone).toInstant();
    }

    /** The first start date from which lesson {@code day} falls at the chosen time after {@code now}. */
    public static LocalDate startForNext(int day, LocalTime time, ZoneId zone, Instant now) {
        var date = LocalDate.ofInstant(now, zone);
        if (!ZonedDateTime.of(date, time, zone).toInstant().isAfter(now)) {
            date = date.plusDays(1);
        }
        return date.minusDays(day - 1L);
    }

    /**
     * Whether the person may read lesson {@code day} now: once sent, or once due even if the sender has not run
     * yet (the web need not wait for the mail).
     */
    public boolean unlocked(int day, Instant now) {
        return switch (status) {
            case FINISHED -> true;
            case ACTIVE ->
                delivery == Delivery.ALL_AT_ONCE
                        || day < nextDay
                        || day == nextDay && nextDueAt != null && !nextDueAt.isAfter(now);
            case PAUSED -> delivery == Delivery.ALL_AT_ONCE || day < nextDay;
            default -> false;
        };
    }

    /**
     * As {@link #unlocked(int, Instant)}, but while a red-flag pause waits for the self-check no lesson with rolling
     * or exercise opens, whatever the delivery (HZ-23).
     */
    public boolean unlocked(int day, boolean rollingOrExercise, Instant now) {
        return !(rollingOrExercise && waitsForTheSelfCheck()) && unlocked(day, now);
    }

    /** When a locked lesson opens, if it will open by itself. */
    public @Nullable ZonedDateTime opensAt(int day, Instant now) {
        if (status != Status.ACTIVE || delivery != Delivery.DAILY || startDate == null || unlocked(day, now)) {
            return null;
        }
        return ZonedDateTime.of(startDate.plusDays(day - 1L), timeOfDay(), timeZone());
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public @Nullable UUID accountId() {
        return accountId;
    }

    public Status status() {
        return status;
    }

    public Delivery delivery() {
        return delivery;
    }

    public LocalTime timeOfDay() {
        return LocalTime.parse(timeOfDay);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public @Nullable LocalDate startDate() {
        return startDate;
    }

    public int round() {
        return round;
    }

    public int nextDay() {
        return nextDay;
    }

    public @Nullable Instant nextDueAt() {
        return nextDueAt;
    }

    public String accessKey() {
        return accessKey;
    }

    public @Nullable PauseReason pauseReason() {
        return pauseReason;
    }

    public @Nullable Instant pausedAt() {
        return pausedAt;
    }

    public @Nullable UUID pausedAccountId() {
        return pausedAccountId;
    }

    public @Nullable Instant createdAt() {
        return createdAt;
    }
}
