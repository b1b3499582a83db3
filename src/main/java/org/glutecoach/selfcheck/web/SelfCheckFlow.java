package org.glutecoach.selfcheck.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.selfcheck.EvaluateAnswers;
import org.glutecoach.selfcheck.EvaluationView;
import org.glutecoach.selfcheck.InvalidAnswers;
import org.glutecoach.selfcheck.Outcome;
import org.glutecoach.selfcheck.QuestionType;
import org.glutecoach.selfcheck.QuestionnaireView;
import org.glutecoach.selfcheck.QuestionnaireView.SectionView;
import org.glutecoach.selfcheck.SelfCheckService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The self-check as a form of steps, one section per step: form handling only (reading the answers, showing a
 * section with its problems); where to go next and what counts as a red-flag screen shown are the service's.
 * Nothing is stored: the answers so far travel in the form itself, so the flow works without JavaScript, without
 * an account and without a session.
 */
@Component
class SelfCheckFlow {

    private final SelfCheckService selfCheck;
    private final ShownStamps stamps;
    private final QuestionnaireView questionnaire;

    SelfCheckFlow(SelfCheckService selfCheck, ShownStamps stamps) {
        this.selfCheck = selfCheck;
        this.stamps = stamps;
        this.questionnaire = selfCheck.questionnaire();
    }

    /** A page of the flow: one section to answer, or the result. */
    sealed interface Page permits StepPage, ResultPage {
        String template();

        int status();

        /** A 999 or 111 screen: the layout then leaves out its general "speak to a GP" line. */
        default boolean urgentAdvice() {
            return false;
        }
    }

    /**
     * A section to answer, with what was answered so far and any problems beside their questions; the error
     * summary names each question with a problem (WCAG 3.3.1), not only what is wrong.
     */
    record StepPage(
            SectionView section,
            List<Field> fields,
            int step,
            int steps,
            Map<String, String> errors,
            List<Map.Entry<String, String>> carried,
            @Nullable EvaluationView soon,
            boolean timedOut)
            implements Page {

        /** One line of the error summary: the question (linked by its id) and what is wrong with its answer. */
        record Problem(String id, String question, String message) {}

        public List<Problem> problems() {
            return fields.stream()
                    .filter(f -> f.error() != null)
                    .map(f -> new Problem(f.id(), f.text(), f.error()))
                    .toList();
        }

        public String template() {
            return "selfcheck/step";
        }

        public int status() {
            return errors.isEmpty() ? 200 : 422;
        }
    }

    /**
     * One question as the form shows it, worked out here so the template only prints: a page of questions
     * otherwise costs hundreds of template expressions (see docs/benchmarks.md).
     */
    record Field(
            String id,
            String text,
            boolean number,
            String inputType,
            boolean inline,
            @Nullable Integer min,
            @Nullable Integer max,
            String value,
            List<Choice> choices,
            @Nullable String error,
            @Nullable String illustration) {

        public @Nullable String errorId() {
            return error == null ? null : id + "-error";
        }

        /**
         * @param illustration what the question's drawing shows ({@code /assets/img/selfcheck/<id>.svg}), if it
         *        has one
         */
        static Field of(
                QuestionnaireView.QuestionView question,
                List<String> answered,
                @Nullable String error,
                @Nullable String illustration) {
            var multi = question.type() == QuestionType.MULTI_CHOICE;
            return new Field(
                    question.id(),
                    question.text(),
                    question.type() == QuestionType.NUMBER,
                    multi ? "checkbox" : "radio",
                    !multi && question.options().size() <= 3,
                    question.min(),
                    question.max(),
                    answered.isEmpty() ? "" : answered.get(0),
                    question.options().stream()
                            .map(option ->
                                    new Choice(option.value(), option.label(), answered.contains(option.value())))
                            .toList(),
                    error,
                    illustration);
        }
    }

    /** One answer to tick or choose. */
    record Choice(String value, String label, boolean checked) {}

    /**
     * The end of the flow: a red-flag stop, the under-16 message or the explanation, with the answers (to carry
     * into the form that keeps the result, if the person wants to).
     *
     * @param redFlagEvent the recorded showing of an EMERGENCY or URGENT screen, for the call button's ping
     * @param shown when the result was shown, sealed with its answers ({@link ShownStamps}), for the keep step
     */
    record ResultPage(
            EvaluationView result,
            List<Map.Entry<String, String>> answers,
            @Nullable UUID redFlagEvent,
            String shown) implements Page {
        public String template() {
            return "selfcheck/result";
        }

        @Override
        public boolean urgentAdvice() {
            return result.urgentAdvice();
        }

        public int status() {
            return 200;
        }
    }

    Page start() {
        return step(0, Map.of(), Map.of());
    }

    /**
     * Moves on (or back) from the section the form was on, checking its answers first; the service decides where
     * to go and records any red-flag screen shown.
     *
     * @param account who is signed in, or {@code null}: a red-flag event records it (red-flag set rule 5)
     */
    Page advance(MultiValueMap<String, String> form, @Nullable UUID account) {
        var answers = answersIn(form);
        int current = indexOf(form.getFirst("section"));
        if ("back".equals(form.getFirst("action"))) {
            return step(Math.max(0, current - 1), answers, Map.of());
        }
        var errors = selfCheck.checkSection(sections().get(current).id(), answers);
        if (!errors.isEmpty()) {
            return step(current, answers, errors);
        }
        var next = selfCheck.afterSection(sections().get(current).id(), answers, account);
        if (next.stop() != null) {
            return new ResultPage(next.stop(), entries(answers), next.redFlagEvent(), stamps.stampNow(answers));
        }
        return next.section() != null ? step(indexOf(next.section()), answers, Map.of()) : finish(answers, account);
    }

    /**
     * After a step posted with a lapsed form token (an idle session, cleared cookies): nothing is recorded and
     * nothing but the posted answers is used. A stop screen they raise is shown as it would be (showing advice
     * changes nothing stored); otherwise the self-check starts again, saying why, with any SOON advice in view.
     */
    Page afterLapse(MultiValueMap<String, String> form) {
        var answers = answersIn(form);
        var screen = selfCheck.screen(new EvaluateAnswers(answers));
        return switch (screen.outcome()) {
            case EMERGENCY, URGENT, NOT_FOR_UNDER_16 ->
                new ResultPage(screen, entries(answers), null, stamps.stampNow(answers));
            default -> {
                var first = step(0, Map.of(), Map.of());
                var soon = screen.outcome() == Outcome.SOON ? screen : null;
                yield new StepPage(first.section(), first.fields(), 1, first.steps(), Map.of(), List.of(), soon, true);
            }
        };
    }

    private Page finish(Map<String, Object> answers, @Nullable UUID account) {
        try {
            return new ResultPage(
                    selfCheck.finish(new EvaluateAnswers(answers), account),
                    entries(answers),
                    null,
                    stamps.stampNow(answers));
        } catch (InvalidAnswers incomplete) {
            // Something earlier went missing (an edited form): go back to the first step that needs it.
            for (int i = 0; i < sections().size(); i++) {
                var errors = selfCheck.checkSection(sections().get(i).id(), answers);
                if (!errors.isEmpty()) {
                    return step(i, answers, errors);
                }
            }
            throw incomplete;
        }
    }

    private StepPage step(int index, Map<String, Object> answers, Map<String, String> errors) {
        var section = sections().get(index);
        var carried = new ArrayList<Map.Entry<String, String>>();
        var shown = new LinkedHashMap<String, List<String>>();
        answers.forEach((id, value) -> {
            var values = value instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(value));
            shown.put(id, values);
            if (section.questions().stream().noneMatch(q -> q.id().equals(id))) {
                values.forEach(v -> carried.add(Map.entry(id, v)));
            }
        });
        var soon = selfCheck.soonAdviceOn(section.id(), answers);
        // SOON: gentle content only, so no self-test beyond the two squeeze tests is offered (rule 10).
        var fields = section.questions().stream()
                .filter(q -> soon == null || selfCheck.usedWhenSoon(q.id()))
                .map(q -> Field.of(
                        q, shown.getOrDefault(q.id(), List.of()), errors.get(q.id()), selfCheck.illustrationOf(q.id())))
                .toList();
        return new StepPage(section, fields, index + 1, sections().size(), errors, carried, soon, false);
    }

    /** Answers as name and value pairs, one per value, for hidden form fields. */
    static List<Map.Entry<String, String>> entries(Map<String, Object> answers) {
        var entries = new ArrayList<Map.Entry<String, String>>();
        answers.forEach((id, value) -> {
            if (value instanceof List<?> list) {
                list.forEach(v -> entries.add(Map.entry(id, String.valueOf(v))));
            } else {
                entries.add(Map.entry(id, String.valueOf(value)));
            }
        });
        return entries;
    }

    /** The questionnaire's answers found in a posted form; anything else in it is ignored. */
    Map<String, Object> answersIn(MultiValueMap<String, String> form) {
        var answers = new LinkedHashMap<String, Object>();
        for (var section : sections()) {
            for (var question : section.questions()) {
                var values = form.getOrDefault(question.id(), List.of()).stream()
                        .filter(v -> !v.isBlank())
                        .toList();
                if (!values.isEmpty()) {
                    answers.put(question.id(), question.type() == QuestionType.MULTI_CHOICE ? values : values.get(0));
                }
            }
        }
        return answers;
    }

    private int indexOf(@Nullable String sectionId) {
        for (int i = 0; i < sections().size(); i++) {
            if (sections().get(i).id().equals(sectionId)) {
                return i;
            }
        }
        return 0;
    }

    private List<SectionView> sections() {
        return questionnaire.sections();
    }
}
