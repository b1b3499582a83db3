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
 * {@code exercise:set:rating:nerve}. Sent again from the page that asks for the consent to keep health answers, it
 * also carries that box ({@code healthData}) and {@code asked}.
 */
record SessionForm(
        @Nullable UUID id,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable Boolean finished,
        @Nullable List<String> exercises,
        @Nullable Integer left,
        @Nullable Integer right,
        @Nullable List<String> comfort,
        @Nullable Boolean healthData,
        @Nullable Boolean asked) {

    /** The person ticked the consent box on the page that asked for it. */
    boolean consents() {
        return Boolean.TRUE.equals(healthData);
    }

    /** The session comes from the page that asked for the consent (so an unticked box is an error to show). */
    boolean consentAsked() {
        return Boolean.TRUE.equals(asked);
    }

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
