package org.glutecoach.routines;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One exercise of the library, as its data file says (the annotations are the file's schema): what to do, how
 * much, what to feel and not to feel, when to take care and when not to do it at all, and an easier and a harder
 * version by id. {@code picture} is the text alternative of its drawing ({@code /assets/img/routines/<id>.svg}).
 */
public record Exercise(
        @NotNull @Pattern(regexp = Exercise.ID) String id,
        @NotBlank @Size(max = 60) String name,
        @NotNull ExerciseKind kind,
        @NotEmpty List<@NotNull Equipment> equipment,
        @NotNull Sides sides,
        @NotEmpty @Size(max = 8) List<@NotBlank String> steps,
        @NotNull @Valid Dose dose,
        @NotBlank String feel,
        @NotBlank String notFeel,
        @NotNull List<@NotBlank String> cautions,
        @NotNull List<@NotBlank String> doNotIf,
        @Nullable @Pattern(regexp = Exercise.ID) String easier,
        @Nullable @Pattern(regexp = Exercise.ID) String harder,
        @NotBlank String evidence,
        @NotBlank String picture) {

    /** Lower-case words joined by hyphens: ids appear in addresses and file names. */
    public static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

    public Exercise {
        equipment = List.copyOf(equipment);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        doNotIf = List.copyOf(doNotIf);
    }

    /** Rounded up, at least one. */
    public int minutes() {
        return Math.max(1, (dose.totalSeconds(sides) + 59) / 60);
    }

    /** Everything a person reads about the exercise, for the readability and wording gates. */
    public String text() {
        return String.join(
                "\n",
                Stream.of(
                                steps.stream(),
                                Stream.of(feel, notFeel),
                                cautions.stream(),
                                doNotIf.stream(),
                                Stream.of(evidence))
                        .flatMap(s -> s)
                        .toList());
    }
}
