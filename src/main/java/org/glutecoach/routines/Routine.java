package org.glutecoach.routines;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A routine as its data file says (the annotations are the file's schema): exercises by id, in order, each with
 * the exercise's own dose unless the step sets one.
 */
public record Routine(
        @NotNull @Pattern(regexp = Exercise.ID) String id,
        @NotBlank @Size(max = 60) String name,
        @NotBlank String summary,
        @NotEmpty @Size(max = 12) List<@NotNull @Valid Step> steps) {

    public Routine {
        steps = List.copyOf(steps);
    }

    /** One exercise of a routine, by id, with a dose of its own or {@code null} for the exercise's. */
    public record Step(
            @NotNull @Pattern(regexp = Exercise.ID) String exercise,
            @Nullable @Valid Dose dose) {}
}
