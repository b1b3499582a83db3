package org.glutecoach.course;

import java.io.Serializable;
import java.util.List;
import org.glutecoach.selfcheck.EvaluationView;
import org.glutecoach.selfcheck.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * The self-check's own advice for SOON, as its evaluation words it (never a copy here), for a short screen before
 * the course that raised SOON flags only (HZ-09): what to do, why, and the answers that raised it. Serializable, as
 * it travels to the page after enrolling in the (JDBC-kept) session.
 */
public record SoonAdvice(String title, String message, List<String> actions, List<String> raisedBy)
        implements Serializable {

    public SoonAdvice {
        actions = List.copyOf(actions);
        raisedBy = List.copyOf(raisedBy);
    }

    /** The advice of a SOON result; none for any other. */
    public static @Nullable SoonAdvice of(EvaluationView result) {
        return result.outcome() != Outcome.SOON
                ? null
                : new SoonAdvice(result.title(), result.message(), result.actions(), result.raisedBy());
    }
}
