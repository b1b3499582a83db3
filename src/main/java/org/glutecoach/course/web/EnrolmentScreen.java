package org.glutecoach.course.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.selfcheck.EvaluationView;
import org.glutecoach.selfcheck.Outcome;
import org.glutecoach.selfcheck.RedFlagTier;
import org.glutecoach.selfcheck.SelfCheckService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The red-flag screen before the course (red-flag rule 1): the EMERGENCY and URGENT questions of the self-check, in
 * its own wording, unless the signed-in person passed a full screen in the last 30 days. A flag ends the enrolment
 * with the self-check's own stop screen, recorded like any other. Nothing is kept between the steps: the address and
 * the answers travel in the form, so it works without JavaScript and without a session.
 */
@Component
class EnrolmentScreen {

    /** How long a passed full screen counts: a product convention (docs/domain/red-flags.md, rule 1). */
    static final Duration PASSED_SCREEN_LASTS = Duration.ofDays(30);

    /** The form field that says the screen's answers are in this post. */
    static final String ANSWERED = "screened";

    private final SelfCheckService selfCheck;
    private final Clock clock;

    EnrolmentScreen(SelfCheckService selfCheck, Clock clock) {
        this.selfCheck = selfCheck;
        this.clock = clock;
    }

    /** Where the screen leaves an enrolment: questions to answer, a stop, or on to enrolling. */
    sealed interface Step permits Ask, Stop, Pass {
    }

    /** The questions, with what was chosen and a message beside each one left out. */
    record Ask(List<Question> questions, Map<String, String> errors) implements Step {
    }

    /**
     * A red flag: the self-check's stop screen ({@code selfcheck/result} reads {@code page.result},
     * {@code page.answers} and {@code page.redFlagEvent}, the shape of the self-check's own result page).
     */
    record Stop(EvaluationView result, List<Map.Entry<String, String>> answers, UUID redFlagEvent) implements Step {
    }

    /** No flag, or a full screen passed lately: enrol. */
    record Pass() implements Step {
    }

    /** One question as the form shows it. */
    record Question(String id, String text, List<Choice> choices, @Nullable String error) {
    }

    /** One answer to choose. */
    record Choice(String value, String label, boolean checked) {
    }

    Step check(MultiValueMap<String, String> posted, @Nullable AccountId account) {
        if (account != null && selfCheck.passedFullScreenSince(account, clock.instant().minus(PASSED_SCREEN_LASTS))) {
            return new Pass();
        }
        var answers = answersIn(posted);
        if (!posted.containsKey(ANSWERED)) {
            return ask(answers, Map.of());
        }
        var problems = selfCheck.checkShortScreen(answers);
        var result = selfCheck.shortScreen(answers);
        if (stops(result, problems.keySet())) {
            var event = selfCheck.recordRedFlagShown(result, answers, account == null ? null : account.value());
            var entries = new ArrayList<Map.Entry<String, String>>();
            answers.forEach((id, value) -> entries.add(Map.entry(id, value)));
            return new Stop(result, entries, event);
        }
        return problems.isEmpty() ? new Pass() : ask(answers, problems);
    }

    /**
     * Whether the answers so far end it, as the self-check's screen does: an EMERGENCY flag at once; an URGENT one
     * once every EMERGENCY question is answered, so nothing more urgent is missed.
     */
    private boolean stops(EvaluationView result, Set<String> unanswered) {
        return result.outcome() == Outcome.EMERGENCY || result.outcome() == Outcome.URGENT
                && selfCheck.shortScreenQuestions().stream().noneMatch(q -> q.redFlagTier() == RedFlagTier.EMERGENCY
                        && unanswered.contains(q.id()));
    }

    private Ask ask(Map<String, String> answers, Map<String, String> errors) {
        return new Ask(selfCheck.shortScreenQuestions().stream().map(q -> new Question(q.id(), q.text(),
                q.options().stream().map(o -> new Choice(o.value(), o.label(), o.value().equals(answers.get(q.id()))))
                        .toList(), errors.get(q.id()))).toList(), errors);
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
