package org.glutecoach.routines;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recorded session, as the person's export and the API show it. */
public record SessionView(
        UUID id,
        String routineId,
        Instant startedAt,
        Instant endedAt,
        boolean finished,
        List<String> exercises,
        @Nullable Integer ratingLeft,
        @Nullable Integer ratingRight,
        List<RecordSession.ComfortCheck> comfortChecks) {

    public SessionView {
        exercises = List.copyOf(exercises);
        comfortChecks = List.copyOf(comfortChecks);
    }
}
