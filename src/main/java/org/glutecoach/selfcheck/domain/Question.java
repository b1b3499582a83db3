package org.glutecoach.selfcheck.domain;

import java.util.List;
import org.glutecoach.selfcheck.QuestionType;
import org.glutecoach.selfcheck.RedFlagTier;
import org.jspecify.annotations.Nullable;

/**
 * One question of the questionnaire, as data. Its wording lives in the message files under
 * {@code selfcheck.question.<id>}; options under {@code selfcheck.option.<id>.<value>} (or the shared
 * {@code selfcheck.answer.<value>}).
 *
 * @param position where the question stands in the whole questionnaire, from 0: answers are kept in an array by it
 * @param raisesAlone for a red-flag question: whether a yes raises its own flag, or only feeds derived flags
 *        (docs/domain/red-flags.md: U_INJURY, U_BONES and S_FIRST_TIME are risk factors, not flags)
 * @param exclusiveOption for a multiple choice: the option ("None of these") that cannot be ticked with others
 */
public record Question(
        String id,
        String sectionId,
        QuestionType type,
        List<String> options,
        @Nullable Integer min,
        @Nullable Integer max,
        @Nullable RedFlagTier redFlagTier,
        boolean required,
        int position,
        boolean raisesAlone,
        @Nullable String exclusiveOption) {

    public static final List<String> YES_NO_NOT_SURE = List.of("YES", "NO", "NOT_SURE");

    public Question {
        // Interned like the literals in our code that name questions and options, so those lookups and
        // comparisons can stop at "same object" before comparing characters.
        id = id.intern();
        options = type == QuestionType.YES_NO_NOT_SURE
                ? YES_NO_NOT_SURE
                : options.stream().map(String::intern).toList();
        if ((type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTI_CHOICE) && options.isEmpty()) {
            throw new IllegalArgumentException(id + ": a choice question needs options");
        }
        if (type == QuestionType.NUMBER && (min == null || max == null || min > max)) {
            throw new IllegalArgumentException(id + ": a number question needs min <= max");
        }
        if (exclusiveOption != null && !options.contains(exclusiveOption)) {
            throw new IllegalArgumentException(id + ": the exclusive option must be one of its options");
        }
        exclusiveOption = exclusiveOption == null ? null : exclusiveOption.intern();
    }

    public boolean isRedFlag() {
        return redFlagTier != null;
    }
}
