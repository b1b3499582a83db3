package org.glutecoach.selfcheck.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glutecoach.selfcheck.InvalidAnswers;
import org.glutecoach.selfcheck.InvalidAnswers.Problem;
import org.glutecoach.selfcheck.Outcome;
import org.glutecoach.selfcheck.RedFlagTier;
import org.glutecoach.selfcheck.Strength;

/**
 * Evaluates a set of answers: age first, then the red-flag screen, then the patterns and the advice. Pure and
 * stateless: the same answers always give the same evaluation.
 */
public final class Evaluator {

    /** NICE NG59 covers people aged 16 and over. */
    static final int ADULT_AGE = 16;
    /** The self-tests a SOON result neither asks for nor uses: every one beyond the two squeeze tests (rule 10). */
    static final Set<String> BEYOND_THE_SQUEEZE_TESTS = Set.of("T4_BRIDGE_LEFT", "T4_BRIDGE_RIGHT");

    private final Questionnaire questionnaire;
    private final Rules rules;
    private final Rules.Scoring scoring;
    private final List<Question> requiredExplaining;
    private final List<Question> shortScreen;

    public Evaluator(Questionnaire questionnaire, Rules rules) {
        this.questionnaire = questionnaire;
        this.rules = rules;
        this.scoring = rules.bind(questionnaire);
        this.requiredExplaining = questionnaire.explainingQuestions().stream()
                .filter(Question::required)
                .toList();
        rules.derivedFlags().forEach(flag -> flag.checkAgainst(questionnaire));
        this.shortScreen = shortScreenOf(questionnaire, rules.derivedFlags());
    }

    /**
     * The short screen before the course (red-flag rule 1): age first, then every EMERGENCY and URGENT question and
     * every other question an EMERGENCY or URGENT derived flag reads (leg pain below the knee feeds the cancer-team
     * screen), in the questionnaire's order, so the short screen can raise every flag the full screen would at
     * those tiers.
     */
    private static List<Question> shortScreenOf(Questionnaire questionnaire, List<DerivedFlag> derived) {
        var serious =
                derived.stream().filter(flag -> flag.tier().endsTheSelfCheck()).toList();
        var questions = new ArrayList<Question>();
        questions.add(questionnaire.question(Questionnaire.AGE));
        questionnaire
                .sections()
                .forEach(section -> section.questions().forEach(question -> {
                    var flagTier = question.redFlagTier();
                    boolean asked = flagTier != null && flagTier.endsTheSelfCheck();
                    boolean read = serious.stream().anyMatch(flag -> flag.reads(question.id()));
                    if (!question.id().equals(Questionnaire.AGE) && (asked || read)) {
                        questions.add(question);
                    }
                }));
        return List.copyOf(questions);
    }

    /** The short screen's questions: age first, then the red-flag questions it asks. */
    public List<Question> shortScreenQuestions() {
        return shortScreen;
    }

    /**
     * What keeps the short screen from deciding, with the full screen's own rule ({@link RedFlagScreen#needs}):
     * answers that do not fit, and questions it still needs. Under 16 only answers that do not fit count (the
     * page for under-16s follows, with any red-flag answers given). A raised EMERGENCY or URGENT flag with nothing
     * more urgent left open decides even without an age: the stop screen comes first. Anything but the short
     * screen's questions is ignored.
     */
    public Map<String, Problem> problemsInShortScreen(Map<String, ?> raw) {
        var problems = new LinkedHashMap<String, Problem>();
        var answers = AnswerReader.read(questionnaire, onlyShortScreen(raw), problems);
        var age = answers.number(Questionnaire.AGE);
        if (age.isPresent() && age.get() < ADULT_AGE) {
            return problems;
        }
        var screen = screen(answers);
        for (var question : shortScreen) {
            if (question.isRedFlag() && screen.needs(question, answers) && !answers.has(question)) {
                problems.putIfAbsent(question.id(), Problem.of("required"));
            }
        }
        boolean redFlagsDecided = problems.keySet().stream().allMatch(Questionnaire.AGE::equals);
        if (redFlagsDecided
                && screen.tier().filter(RedFlagTier::endsTheSelfCheck).isPresent()) {
            return Map.of();
        }
        if (age.isEmpty()) {
            problems.putIfAbsent(Questionnaire.AGE, Problem.of("required"));
        }
        return problems;
    }

    /**
     * The short screen's decision, as {@link #screen(Map)} gives it for the short screen's answers alone.
     *
     * @throws InvalidAnswers when {@link #problemsInShortScreen} finds anything
     */
    public Evaluation shortScreen(Map<String, ?> raw) {
        var problems = problemsInShortScreen(raw);
        failIfAny(new LinkedHashMap<>(problems));
        return screen(onlyShortScreen(raw));
    }

    private Map<String, ?> onlyShortScreen(Map<String, ?> raw) {
        var only = new LinkedHashMap<String, Object>();
        shortScreen.forEach(question -> {
            var value = raw.get(question.id());
            if (value != null) {
                only.put(question.id(), value);
            }
        });
        return only;
    }

    /**
     * @param raw answers by question id: numbers, strings, or lists of strings for multiple choice
     * @throws InvalidAnswers naming every question whose answer is missing (when needed) or does not fit
     */
    public Evaluation evaluate(Map<String, ?> raw) {
        var problems = new LinkedHashMap<String, Problem>();
        var answers = AnswerReader.read(questionnaire, raw, problems);
        var age = answers.number(Questionnaire.AGE);
        if (age.isEmpty() && !problems.containsKey(Questionnaire.AGE)) {
            problems.put(Questionnaire.AGE, Problem.of("required"));
        }
        if (age.isPresent() && age.get() < ADULT_AGE) {
            failIfAny(problems);
            return forAChild(screen(answers), answers);
        }
        var screen = screen(answers);
        for (var flag : questionnaire.redFlags()) {
            if (screen.needs(flag, answers) && !answers.has(flag)) {
                problems.putIfAbsent(flag.id(), Problem.of("required"));
            }
        }
        failIfAny(problems);
        var tier = screen.tier();
        if (tier.isPresent() && (tier.get().endsTheSelfCheck() || !anyExplainingAnswer(answers))) {
            var advice =
                    tier.get() == RedFlagTier.SOON ? List.of(Phrase.of("selfcheck.advice.soon")) : List.<Phrase>of();
            return result(Outcome.of(tier.get()), screen, List.of(), advice, answers);
        }
        requireAnswers(requiredExplaining, answers, problems);
        failIfAny(problems);
        return explained(screen, answers);
    }

    /**
     * The problems with one section's answers, for a step-by-step form: answers that do not fit, and required
     * questions left empty (on the red-flag screen, only those {@link RedFlagScreen#needs} asks for).
     *
     * @throws UnknownSection if the questionnaire has no such section
     */
    public Map<String, Problem> problemsIn(String sectionId, Map<String, ?> raw) {
        var section = questionnaire.section(sectionId);
        var problems = new LinkedHashMap<String, Problem>();
        var answers = AnswerReader.read(questionnaire, raw, problems);
        var screen = screen(answers);
        for (var question : section.questions()) {
            boolean needed = question.isRedFlag() ? screen.needs(question, answers) : question.required();
            if (needed && !answers.has(question)) {
                problems.putIfAbsent(question.id(), Problem.of("required"));
            }
        }
        problems.keySet()
                .retainAll(section.questions().stream().map(Question::id).toList());
        return problems;
    }

    /**
     * The age check and the red-flag screen alone, for a step-by-step form: {@link Outcome#NOT_FOR_UNDER_16}, a
     * flag's outcome, or {@link Outcome#SELF_CARE} with nothing else when the person may go on.
     */
    public Evaluation screen(Map<String, ?> raw) {
        var problems = new LinkedHashMap<String, Problem>();
        var answers = AnswerReader.read(questionnaire, raw, problems);
        var screen = screen(answers);
        if (answers.number(Questionnaire.AGE).filter(age -> age < ADULT_AGE).isPresent()) {
            return forAChild(screen, answers);
        }
        var outcome = screen.tier().map(Outcome::of).orElse(Outcome.SELF_CARE);
        var advice = outcome == Outcome.SOON ? List.of(Phrase.of("selfcheck.advice.soon")) : List.<Phrase>of();
        return result(outcome, screen, List.of(), advice, answers);
    }

    private RedFlagScreen screen(Answers answers) {
        return RedFlagScreen.of(questionnaire, rules.derivedFlags(), answers);
    }

    /**
     * Under 16: no self-check, but red-flag answers given are never dropped (red-flag set rule 6). An emergency or
     * urgent flag still stops with its own screen; otherwise the page for under-16s, keeping any SOON flags.
     */
    private Evaluation forAChild(RedFlagScreen screen, Answers answers) {
        var tier = screen.tier();
        if (tier.isPresent() && tier.get().endsTheSelfCheck()) {
            return result(Outcome.of(tier.get()), screen, List.of(), List.of(), answers, true);
        }
        return result(Outcome.NOT_FOR_UNDER_16, screen, List.of(), List.of(), answers, true);
    }

    private Evaluation explained(RedFlagScreen screen, Answers answers) {
        var soon = screen.tier().isPresent();
        // SOON: gentle content only, so self-tests beyond the two squeeze tests are neither used nor explained.
        var used = soon ? answers.without(BEYOND_THE_SQUEEZE_TESTS) : answers;
        var scores = scoring.score(used);
        var patterns = scoring.patterns();
        var strengths = new LinkedHashMap<String, Strength>();
        var findings = new ArrayList<Evaluation.Finding>();
        for (int p = 0; p < patterns.size(); p++) {
            var pattern = patterns.get(p);
            int score = scores[p];
            var strength = pattern.strength(score);
            if (strength != null) {
                strengths.put(pattern.code(), strength);
                findings.add(new Evaluation.Finding(
                        pattern.code(),
                        strength,
                        score,
                        steps(pattern.code(), strength, used),
                        Explainer.caveat(pattern.code())));
            }
        }
        // Strongest first; never one pattern named as "the cause".
        findings.sort(Comparator.comparing(Evaluation.Finding::strength));
        var outcome = soon ? Outcome.SOON : Outcome.SELF_CARE;
        return result(outcome, screen, findings, AdviceWriter.advice(used, strengths, soon), answers);
    }

    /**
     * The steps for a pattern. One that fits only a little gets one line, not the whole chain: the fact sheet
     * shows patterns that reach their threshold, and a weak fit should not read as a reason (clinical review §2).
     */
    private static List<Phrase> steps(String pattern, Strength strength, Answers answers) {
        return strength == Strength.LITTLE
                ? List.of(Phrase.of("selfcheck.step.little"))
                : Explainer.steps(pattern, answers);
    }

    /** Whether a question is asked and used when the screen says SOON (red-flag set rule 10). */
    public static boolean usedWhenSoon(String questionId) {
        return !BEYOND_THE_SQUEEZE_TESTS.contains(questionId);
    }

    private Evaluation result(
            Outcome outcome,
            RedFlagScreen screen,
            List<Evaluation.Finding> findings,
            List<Phrase> advice,
            Answers answers) {
        return result(outcome, screen, findings, advice, answers, false);
    }

    private Evaluation result(
            Outcome outcome,
            RedFlagScreen screen,
            List<Evaluation.Finding> findings,
            List<Phrase> advice,
            Answers answers,
            boolean child) {
        var actions = outcome == Outcome.NOT_FOR_UNDER_16
                ? List.of(Phrase.of("selfcheck.action.under16.tell"), Phrase.of("selfcheck.action.under16.see"))
                : screen.actions(child);
        return new Evaluation(
                outcome,
                screen.raised(),
                outcome == Outcome.EMERGENCY && screen.unsureAboutAnEmergency(),
                findings,
                advice,
                answers,
                questionnaire.version(),
                rules.version(),
                screen.action().orElse(null),
                actions,
                screen.told());
    }

    private boolean anyExplainingAnswer(Answers answers) {
        for (var question : questionnaire.explainingQuestions()) {
            if (answers.has(question)) {
                return true;
            }
        }
        return false;
    }

    private static void requireAnswers(List<Question> questions, Answers answers, Map<String, Problem> problems) {
        for (var question : questions) {
            if (!answers.has(question) && !problems.containsKey(question.id())) {
                problems.put(question.id(), Problem.of("required"));
            }
        }
    }

    private static void failIfAny(Map<String, Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Rules rules() {
        return rules;
    }
}
