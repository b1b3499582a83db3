package org.glutecoach.selfcheck;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The questionnaire with its wording, for pages and the API. */
public record QuestionnaireView(String version, List<SectionView> sections) {

    /** A group of questions shown together. */
    public record SectionView(
            String id, String title, @Nullable String intro, List<QuestionView> questions) {}

    /** One question; {@code min}/{@code max} only for numbers, {@code redFlagTier} only for red flags. */
    public record QuestionView(
            String id,
            String text,
            QuestionType type,
            List<OptionView> options,
            @Nullable Integer min,
            @Nullable Integer max,
            @Nullable RedFlagTier redFlagTier,
            boolean required) {}

    /** A possible answer: the value to send and the label to show. */
    public record OptionView(String value, String label) {}
}
