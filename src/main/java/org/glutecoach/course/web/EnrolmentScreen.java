package org.glutecoach.course.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.course.CourseService;
import org.glutecoach.course.SoonAdvice;
import org.glutecoach.identity.AccountId;
import org.glutecoach.selfcheck.EvaluationView;
import org.glutecoach.selfcheck.QuestionType;
import org.glutecoach.selfcheck.SelfCheckService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The red-flag screen before the course (red-flag rule 1): age first, then the EMERGENCY and URGENT questions of the
 * self-check and every question an EMERGENCY or URGENT derived flag reads, in its own wording, unless the signed-in
 * person passed a full screen in the last 30 days. What is still needed and what the answers mean are the
 * self-check's own decisions, never a copy of them here. A flag ends the enrolment with the self-check's own stop
 * screen, recorded like any other (a record that fails never hides it, HZ-25); an age under 16 with its page for
 * under-16s. SOON flags alone let the person enrol, with the self-check's advice for SOON (HZ-09). Nothing is kept between the steps: the address and the
 * answers travel in the form, so it works without JavaScript and without a session.
 */
@Component
class EnrolmentScreen {

    /** The form field that says the screen's answers are in this post. */
    static final String ANSWERED = "screened";

    private final SelfCheckService selfCheck;
    private final CourseService course;

    EnrolmentScreen(SelfCheckService selfCheck, CourseService course) {
        this.selfCheck = selfCheck;
        this.course = course;
    }

    /** Where the screen leaves an enrolment: questions to answer, a stop, or on to enrolling. */
    sealed interface Step permits Ask, Stop, Pass {}

    /** The questions, with what was chosen and a message beside each one left out. */
    record Ask(List<Question> questions, Map<String, String> errors) implements Step {}

    /**
     * A red flag: the self-check's stop screen ({@code selfcheck/result} reads {@code page.result},
     * {@code page.answers} and {@code page.redFlagEvent}, the shape of the self-check's own result page).
     */
    record Stop(
            EvaluationView result,
            List<Map.Entry<String, String>> answers,
            @Nullable UUID redFlagEvent) implements Step {}

    /**
     * No EMERGENCY or URGENT flag, or a full screen passed lately: enrol.
     *
     * @param soon the self-check's advice when the screen raised SOON flags only: it goes with the enrolment (HZ-09)
     */
    record Pass(@Nullable SoonAdvice soon) implements Step {}

    /**
     * One question as the form shows it: a number (age, with its {@code value}) or choices.
     *
     * @param target the id of the question's first field, for the error summary's link
     */
    record Question(
            String id,
            String text,
            boolean number,
            @Nullable Integer min,
            @Nullable Integer max,
            @Nullable String value,
            List<Choice> choices,
            @Nullable String error) {

        public String target() {
            return number || choices.isEmpty() ? id : id + "-" + choices.get(0).value();
        }
    }

    /** One answer to choose. */
    record Choice(String value, String label, boolean checked) {}

    Step check(MultiValueMap<String, String> posted, @Nullable AccountId account) {
        if (account != null && course.startsWithoutTheShortScreen(account)) {
            return new Pass(null);
        }
        var answers = answersIn(posted);
        if (!posted.containsKey(ANSWERED)) {
            return ask(answers, Map.of());
        }
        // The self-check decides, with the full screen's own rule: what it still needs, and what the answers mean.
        var problems = selfCheck.checkShortScreen(answers);
        if (!problems.isEmpty()) {
            return ask(answers, problems);
        }
        var result = selfCheck.shortScreen(answers);
        var who = account == null ? null : account.value();
        return switch (result.outcome()) {
            case EMERGENCY, URGENT ->
                new Stop(result, entries(answers), selfCheck.recordRedFlagShownOrLogFailure(result, answers, who));
            // Under 16: the self-check's page for them, keeping any red-flag answers given (rule 6).
            case NOT_FOR_UNDER_16 ->
                new Stop(
                        result,
                        entries(answers),
                        result.redFlags().isEmpty()
                                ? null
                                : selfCheck.recordRedFlagShownOrLogFailure(result, answers, who));
            case SOON -> new Pass(SoonAdvice.of(result));
            default -> new Pass(null);
        };
    }

    private static List<Map.Entry<String, String>> entries(Map<String, String> answers) {
        var entries = new ArrayList<Map.Entry<String, String>>();
        answers.forEach((id, value) -> entries.add(Map.entry(id, value)));
        return entries;
    }

    /** The questions, none answered yet. */
    Ask questions() {
        return ask(Map.of(), Map.of());
    }

    private Ask ask(Map<String, String> answers, Map<String, String> errors) {
        return new Ask(
                selfCheck.shortScreenQuestions().stream()
                        .map(q -> new Question(
                                q.id(),
                                q.text(),
                                q.type() == QuestionType.NUMBER,
                                q.min(),
                                q.max(),
                                answers.get(q.id()),
                                q.options().stream()
                                        .map(o -> new Choice(
                                                o.value(), o.label(), o.value().equals(answers.get(q.id()))))
                                        .toList(),
                                errors.get(q.id())))
                        .toList(),
                errors);
    }

    private Map<String, String> answersIn(MultiValueMap<String, String> posted) {
        var answers = new LinkedHashMap<String, String>();
        for (var question : selfCheck.shortScreenQuestions()) {
            var value = posted.getFirst(question.id());
            if (value != null && !value.isBlank()) {
                answers.put(question.id(), value.strip());
            }
        }
        return answers;
    }
}
