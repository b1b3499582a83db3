package org.glutecoach.selfcheck;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where the step-by-step self-check goes after a section: another section to answer ({@code section}), a screen
 * that ends it ({@code stop}: a red-flag stop or the under-16 page), or the result.
 *
 * @param redFlagEvent the recorded showing of the stop screen, for the call button's ping; {@code null} if none
 */
public record NextStep(
        @Nullable String section,
        @Nullable EvaluationView stop,
        @Nullable UUID redFlagEvent) {

    static NextStep ask(String section) {
        return new NextStep(section, null, null);
    }

    static NextStep stop(EvaluationView stop, @Nullable UUID redFlagEvent) {
        return new NextStep(null, stop, redFlagEvent);
    }

    static NextStep result() {
        return new NextStep(null, null, null);
    }
}
