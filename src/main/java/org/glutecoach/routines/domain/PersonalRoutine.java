package org.glutecoach.routines.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's own routine: a name and exercises from the library by id, in order. Every change goes through
 * {@link RoutineDraft}, so a stored routine always has a valid name and exercises the library had when it was saved.
 */
@Table("routines_personal")
public class PersonalRoutine implements Persistable<UUID> {

    private final @Id UUID id;
    private final UUID accountId;
    private String name;
    private final Instant createdAt;

    @MappedCollection(idColumn = "routine_id", keyColumn = "position")
    private List<Step> steps;

    private @Transient boolean isNew;

    @PersistenceCreator
    PersonalRoutine(UUID id, UUID accountId, String name, Instant createdAt, List<Step> steps) {
        this.id = id;
        this.accountId = accountId;
        this.name = name;
        this.createdAt = createdAt;
        this.steps = List.copyOf(steps);
    }

    public static PersonalRoutine create(UUID accountId, RoutineDraft draft, Instant now) {
        var routine = new PersonalRoutine(UUID.randomUUID(), accountId, draft.name(), now, steps(draft.exercises()));
        routine.isNew = true;
        return routine;
    }

    /** Renamed and its exercises replaced (the draft was checked against the library). */
    public PersonalRoutine change(RoutineDraft draft) {
        this.name = draft.name();
        this.steps = steps(draft.exercises());
        return this;
    }

    /**
     * The exercises with the one at {@code position} moved by {@code by} places (−1 up, +1 down); a move past
     * either end leaves the order as it is.
     */
    public List<String> moved(int position, int by) {
        var exercises = new ArrayList<>(exercises());
        var to = position + by;
        if (position >= 0 && position < exercises.size() && to >= 0 && to < exercises.size()) {
            exercises.add(to, exercises.remove(position));
        }
        return exercises;
    }

    /** The exercises without the one at {@code position}. */
    public List<String> without(int position) {
        var exercises = new ArrayList<>(exercises());
        if (position >= 0 && position < exercises.size()) {
            exercises.remove(position);
        }
        return exercises;
    }

    /** The exercises with {@code exercise} added at the end. */
    public List<String> with(String exercise) {
        var exercises = new ArrayList<>(exercises());
        exercises.add(exercise);
        return exercises;
    }

    public boolean ownedBy(UUID account) {
        return accountId.equals(account);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<String> exercises() {
        return steps.stream().map(Step::exercise).toList();
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    private static List<Step> steps(List<String> exercises) {
        return exercises.stream().map(Step::new).toList();
    }

    /** One exercise of the routine, by id. */
    @Table("routines_personal_steps")
    public record Step(String exercise) {}
}
