package org.glutecoach.tracker;

import java.util.List;
import org.glutecoach.shared.GluteCoachException;

/** An imported CSV had bad rows; nothing was imported. Each problem names its line, its field and a message key. */
public class InvalidImport extends GluteCoachException {

    /** @param line the line of the file, counting the header as line 1 */
    public record RowProblem(int line, String field, String messageKey) {}

    private final List<RowProblem> problems;

    public InvalidImport(List<RowProblem> problems) {
        super("validation", "Some rows need another look");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
