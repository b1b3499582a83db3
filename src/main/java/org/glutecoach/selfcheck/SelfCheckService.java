package org.glutecoach.selfcheck;

import java.util.Locale;
import org.glutecoach.selfcheck.domain.Evaluation;
import org.glutecoach.selfcheck.domain.Evaluator;
import org.glutecoach.selfcheck.domain.Question;
import org.glutecoach.selfcheck.domain.Questionnaire;
import org.glutecoach.selfcheck.domain.Rules;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** What the rest of the application may ask of the self-check. */
@Service
public class SelfCheckService {

    private static final Locale PRODUCT_LOCALE = Locale.UK;

    private final Evaluator evaluator;
    private final SelfCheckWording wording;

    SelfCheckService(JsonMapper json, MessageSource messages) throws java.io.IOException {
        this.evaluator = new Evaluator(
                Questionnaire.read(new ClassPathResource("selfcheck/questionnaire.json").getInputStream(), json),
                Rules.read(new ClassPathResource("selfcheck/rules.json").getInputStream(), json));
        this.wording = new SelfCheckWording(messages, PRODUCT_LOCALE);
    }

    /** The questions in order, with their wording. */
    public QuestionnaireView questionnaire() {
        var questionnaire = evaluator.questionnaire();
        return new QuestionnaireView(questionnaire.version(), questionnaire.sections().stream()
                .map(section -> new QuestionnaireView.SectionView(section.id(),
                        wording.text("selfcheck.section." + section.id() + ".title"),
                        wording.textOrNull("selfcheck.section." + section.id() + ".intro"),
                        section.questions().stream().map(this::view).toList()))
                .toList());
    }

    /**
     * Evaluates answers without storing anything.
     *
     * @throws InvalidAnswers naming each question whose answer is missing or does not fit
     */
    public EvaluationView evaluate(EvaluateAnswers command) {
        return view(evaluator.evaluate(command.answers()));
    }

    /** The wording of an answer problem, for a message beside the question. */
    public String describe(InvalidAnswers.Problem problem) {
        return wording.text(new org.glutecoach.selfcheck.domain.Phrase("selfcheck.error." + problem.key(),
                problem.args()));
    }

    private EvaluationView view(Evaluation evaluation) {
        var outcome = evaluation.outcome();
        var prefix = "selfcheck.outcome." + outcome + ".";
        var message = wording.text(prefix + "text");
        if (evaluation.unsureAboutAnEmergency()) {
            message = message + " " + wording.text(prefix + "not-sure");
        }
        return new EvaluationView(outcome, wording.text(prefix + "title"), message, callNumber(outcome),
                evaluation.redFlags(), evaluation.findings().stream().map(this::view).toList(),
                evaluation.somePatternStandsOut(), evaluation.advice().stream().map(wording::text).toList(),
                evaluation.questionnaireVersion(), evaluation.ruleVersion());
    }

    private EvaluationView.PatternView view(Evaluation.Finding finding) {
        return new EvaluationView.PatternView(finding.code(),
                wording.text("selfcheck.pattern." + finding.code() + ".title"), finding.strength(),
                wording.text("selfcheck.strength." + finding.strength()),
                finding.steps().stream().map(wording::text).toList(), wording.text(finding.caveat()));
    }

    private QuestionnaireView.QuestionView view(Question question) {
        return new QuestionnaireView.QuestionView(question.id(), wording.text("selfcheck.question." + question.id()),
                question.type(), question.options().stream().map(value -> new QuestionnaireView.OptionView(value,
                        optionLabel(question.id(), value))).toList(),
                question.min(), question.max(), question.redFlagTier(), question.required());
    }

    private String optionLabel(String questionId, String value) {
        var specific = wording.textOrNull("selfcheck.option." + questionId + "." + value);
        return specific != null ? specific : wording.text("selfcheck.answer." + value);
    }

    private static String callNumber(Outcome outcome) {
        return switch (outcome) {
            case EMERGENCY -> "999";
            case URGENT -> "111";
            default -> null;
        };
    }
}
