package org.glutecoach.routines.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.glutecoach.routines.RecordSession;
import org.glutecoach.routines.SessionView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One finished or stopped routine of one person, with the exercises done and the comfort checks answered. */
@Table("routines_sessions")
public class RoutineSession implements Persistable<UUID> {

    /** A second finish of the same routine within this time is the same session (a double tap, a resend). */
    public static final Duration SAME_SESSION = Duration.ofMinutes(1);

    private final @Id UUID id;
    private final UUID accountId;
    private final String routineId;
    private final Instant startedAt;
    private final Instant endedAt;
    private final boolean finished;
    private final @Nullable Integer ratingLeft;
    private final @Nullable Integer ratingRight;
    private final Instant recordedAt;

    @MappedCollection(idColumn = "session_id", keyColumn = "position")
    private final List<ExerciseDone> exercises;

    @MappedCollection(idColumn = "session_id", keyColumn = "position")
    private final List<ComfortCheckAnswer> comfortChecks;

    private @Transient boolean isNew;

    @PersistenceCreator
    RoutineSession(
            UUID id,
            UUID accountId,
            String routineId,
            Instant startedAt,
            Instant endedAt,
            boolean finished,
            @Nullable Integer ratingLeft,
            @Nullable Integer ratingRight,
            Instant recordedAt,
            List<ExerciseDone> exercises,
            List<ComfortCheckAnswer> comfortChecks) {
        this.id = id;
        this.accountId = accountId;
        this.routineId = routineId;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.finished = finished;
        this.ratingLeft = ratingLeft;
        this.ratingRight = ratingRight;
        this.recordedAt = recordedAt;
        this.exercises = List.copyOf(exercises);
        this.comfortChecks = List.copyOf(comfortChecks);
    }

    /**
     * A session as the player sent it; the times are the client's, the recording time ours. Times are kept to the
     * microsecond, as the database keeps them, so the first answer and a resend's are the same.
     */
    public static RoutineSession record(UUID accountId, RecordSession command, Instant now) {
        var ratings = command.ratings();
        var session = new RoutineSession(
                command.id(),
                accountId,
                command.routineId(),
                command.startedAt().truncatedTo(ChronoUnit.MICROS),
                command.endedAt().truncatedTo(ChronoUnit.MICROS),
                command.finished(),
                ratings == null ? null : ratings.left(),
                ratings == null ? null : ratings.right(),
                now.truncatedTo(ChronoUnit.MICROS),
                command.exercises().stream().distinct().map(ExerciseDone::new).toList(),
                command.comfortChecks().stream()
                        .map(c -> new ComfortCheckAnswer(c.exercise(), c.set(), c.rating(), c.nerve()))
                        .toList());
        session.isNew = true;
        return session;
    }

    /** Whether {@code other} is this session finished again: same routine, ended within a minute of this one. */
    public boolean sameAs(RecordSession other) {
        return routineId.equals(other.routineId())
                && Duration.between(endedAt, other.endedAt()).abs().compareTo(SAME_SESSION) < 0;
    }

    /** Both sides' ratings, when the person rated both. */
    public java.util.Optional<LaggingSideRule.Rated> rated() {
        return ratingLeft == null || ratingRight == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new LaggingSideRule.Rated(endedAt, ratingLeft, ratingRight));
    }

    public SessionView view() {
        return new SessionView(
                id,
                routineId,
                startedAt,
                endedAt,
                finished,
                exercises.stream().map(ExerciseDone::exercise).toList(),
                ratingLeft,
                ratingRight,
                comfortChecks.stream()
                        .map(c -> new RecordSession.ComfortCheck(c.exercise(), c.setNumber(), c.rating(), c.nerve()))
                        .toList());
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public UUID accountId() {
        return accountId;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public @Nullable Integer ratingLeft() {
        return ratingLeft;
    }

    public @Nullable Integer ratingRight() {
        return ratingRight;
    }

    /** One exercise done in the session. */
    @Table("routines_session_exercises")
    public record ExerciseDone(String exercise) {}

    /** One comfort check answered in the session. */
    @Table("routines_session_comfort_checks")
    public record ComfortCheckAnswer(String exercise, int setNumber, int rating, boolean nerve) {}
}
