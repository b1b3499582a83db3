package org.glutecoach.routines;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.glutecoach.identity.AccountId;
import org.glutecoach.routines.domain.PersonalRoutine;
import org.glutecoach.routines.domain.PersonalRoutines;
import org.glutecoach.routines.domain.RoutineDraft;
import org.glutecoach.routines.library.ExerciseLibrary;
import org.jspecify.annotations.Nullable;

/**
 * People's own routines, for {@link RoutinesService}: every change is checked as a whole ({@link RoutineDraft})
 * before anything is saved, and every lookup names the owner, so another person's id is simply not there.
 */
final class MyRoutines {

    private final ExerciseLibrary library;
    private final PersonalRoutines routines;
    private final Clock clock;

    MyRoutines(ExerciseLibrary library, PersonalRoutines routines, Clock clock) {
        this.library = library;
        this.routines = routines;
        this.clock = clock;
    }

    List<RoutineView> all(AccountId who) {
        return routines.findByAccountIdOrderByCreatedAt(who.value()).stream()
                .map(this::view)
                .toList();
    }

    Optional<RoutineView> one(AccountId who, UUID id) {
        return find(who, id).map(this::view);
    }

    RoutineView create(AccountId who, SaveRoutine command) {
        var draft = RoutineDraft.of(command.name(), command.exercises(), library::exercise);
        return view(routines.save(PersonalRoutine.create(who.value(), draft, clock.instant())));
    }

    Optional<RoutineView> change(AccountId who, UUID id, SaveRoutine command) {
        return changed(who, id, routine -> command);
    }

    /** Loads the person's routine, checks what {@code change} makes of it, and saves it; empty when not theirs. */
    Optional<RoutineView> changed(AccountId who, UUID id, Function<PersonalRoutine, SaveRoutine> change) {
        return find(who, id).map(routine -> {
            var command = change.apply(routine);
            var draft = RoutineDraft.of(command.name(), command.exercises(), library::exercise);
            return view(routines.save(routine.change(draft)));
        });
    }

    Optional<RoutineView> rename(AccountId who, UUID id, @Nullable String name) {
        return changed(who, id, routine -> new SaveRoutine(name, routine.exercises()));
    }

    Optional<RoutineView> move(AccountId who, UUID id, int position, int by) {
        return changed(who, id, routine -> new SaveRoutine(routine.name(), routine.moved(position, by)));
    }

    Optional<RoutineView> remove(AccountId who, UUID id, int position) {
        return changed(who, id, routine -> new SaveRoutine(routine.name(), routine.without(position)));
    }

    Optional<RoutineView> add(AccountId who, UUID id, @Nullable String exercise) {
        return changed(
                who, id, routine -> new SaveRoutine(routine.name(), routine.with(exercise == null ? "" : exercise)));
    }

    boolean delete(AccountId who, UUID id) {
        var routine = find(who, id);
        routine.ifPresent(routines::delete);
        return routine.isPresent();
    }

    /** A routine id as the player and the sessions use it: one of the person's own, by its UUID. */
    Optional<RoutineView> byRoutineId(AccountId who, String id) {
        try {
            return one(who, UUID.fromString(id));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private Optional<PersonalRoutine> find(AccountId who, UUID id) {
        return routines.findByIdAndAccountId(id, who.value());
    }

    private RoutineView view(PersonalRoutine routine) {
        return library.personal(routine.id().toString(), routine.name(), routine.exercises());
    }
}
