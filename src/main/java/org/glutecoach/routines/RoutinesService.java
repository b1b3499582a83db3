package org.glutecoach.routines;

import java.util.List;
import java.util.Optional;
import org.glutecoach.routines.library.ExerciseLibrary;
import org.springframework.stereotype.Service;

/** What the rest of the application may ask of the routines: the library, the ready-made routines, sessions. */
@Service
public class RoutinesService {

    private final ExerciseLibrary library;

    RoutinesService(RoutinesSettings settings) {
        this.library = ExerciseLibrary.load(settings.dir());
    }

    /** The exercises that match, in the library's order (release, activation, strength, desk break). */
    public List<Exercise> exercises(LibraryFilter filter) {
        return library.exercises().stream().filter(filter::matches).toList();
    }

    public Optional<Exercise> exercise(String id) {
        return library.exercise(id);
    }

    /** The ready-made routines (ours and the practice's) that match, by name. */
    public List<RoutineView> routines(LibraryFilter filter) {
        return library.routines().stream().filter(filter::matches).toList();
    }

    public Optional<RoutineView> routine(String id) {
        return library.routine(id);
    }
}
