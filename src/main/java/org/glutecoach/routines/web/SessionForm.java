package org.glutecoach.routines.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.glutecoach.routines.RecordSession;
import org.jspecify.annotations.Nullable;

/**
 * A session sent by the player page as a form (the player's script fills it; without script, the page's own
 * "I have done it" form sends the id and the exercises, and the times are ours). Comfort checks arrive as
 * {@code exercise:set:rating:nerve}.
 */
record SessionForm(
        @Nullable UUID id,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable Boolean finished,
        @Nullable List<String> exercises,
        @Nullable Integer left,
        @Nullable Integer right,
        @Nullable List<String> comfort) {

    RecordSession toCommand(String routineId, Clock clock) {
        var now = clock.instant();
        var checks = new ArrayList<RecordSession.ComfortCheck>();
        for (var check : comfort == null ? List.<String>of() : comfort) {
            var parts = check.split(":");
            if (parts.length == 4) {
                checks.add(new RecordSession.ComfortCheck(
                        parts[0],
                        Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]),
                        Boolean.parseBoolean(parts[3])));
            }
        }
        return new RecordSession(
                id == null ? UUID.randomUUID() : id,
                routineId,
                startedAt == null ? now : startedAt,
                endedAt == null ? now : endedAt,
                !Boolean.FALSE.equals(finished),
                exercises == null ? List.of() : exercises,
                new RecordSession.Ratings(left, right),
                checks);
    }
}
