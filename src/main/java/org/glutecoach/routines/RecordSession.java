package org.glutecoach.routines;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A finished or stopped session, as the player sends it. {@code id} is made by the client, so sending it twice
 * (a retry, a page sent again when back online) records it once.
 */
public record RecordSession(
        @NotNull UUID id,
        @NotNull @Pattern(regexp = Exercise.ID) String routineId,
        @NotNull Instant startedAt,
        @NotNull Instant endedAt,
        boolean finished,
        @NotNull @Size(max = 40) List<@NotNull @Pattern(regexp = Exercise.ID) String> exercises,
        @Nullable @Valid Ratings ratings,
        @Size(max = 40) List<@NotNull @Valid ComfortCheck> comfortChecks) {

    public RecordSession {
        // Copies that keep a null a JSON body may hold, so that validation names it ("exercises[0]") instead of the
        // body failing to read as a whole. A missing list is none done.
        exercises = exercises == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(exercises));
        comfortChecks =
                comfortChecks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(comfortChecks));
    }

    /** How well each side switched on, 0-10; either may be missing. */
    public record Ratings(
            @Nullable @Min(0) @Max(10) Integer left,
            @Nullable @Min(0) @Max(10) Integer right) {}

    /** A comfort check after a set of a release: 0-10, and whether there were pins and needles or numbness. */
    public record ComfortCheck(
            @NotBlank @Pattern(regexp = Exercise.ID) String exercise,
            @Min(1) @Max(10) int set,
            @Min(0) @Max(10) int rating,
            boolean nerve) {}
}
