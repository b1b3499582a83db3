package org.glutecoach.selfcheck;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.selfcheck.domain.Answer;
import org.glutecoach.selfcheck.domain.Evaluation;
import org.glutecoach.selfcheck.domain.Evaluator;
import org.glutecoach.selfcheck.domain.Phrase;
import org.glutecoach.selfcheck.domain.Question;
import org.glutecoach.selfcheck.domain.Questionnaire;
import org.glutecoach.selfcheck.domain.RedFlagEvent;
import org.glutecoach.selfcheck.domain.RedFlagEvents;
import org.glutecoach.selfcheck.domain.Rules;
import org.glutecoach.selfcheck.domain.ScreenHistory;
import org.glutecoach.selfcheck.domain.UnknownSection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** What the rest of the application may ask of the self-check. */
@Service
public class SelfCheckService {

    private static final Locale PRODUCT_LOCALE = Locale.UK;
    private static final Logger log = LoggerFactory.getLogger(SelfCheckService.class);

    private final Evaluator evaluator;
    private final SelfCheckWording wording;
    private final JsonMapper json;
    private final @Nullable RedFlagEvents redFlagEvents;
    private final @Nullable ScreenHistory screens;
    private final @Nullable ApplicationEventPublisher events;
    /** A transaction of its own for the record of a red-flag screen shown (HZ-25). */
    private final @Nullable TransactionTemplate ownTransaction;

    private final Clock clock;

    @Autowired
    SelfCheckService(
            JsonMapper json,
            MessageSource messages,
            @Nullable RedFlagEvents redFlagEvents,
            @Nullable ScreenHistory screens,
            @Nullable ApplicationEventPublisher events,
            @Nullable PlatformTransactionManager transactions,
            Clock clock)
            throws java.io.IOException {
        this.json = json;
        this.redFlagEvents = redFlagEvents;
        this.screens = screens;
        this.events = events;
        this.ownTransaction = transactions == null ? null : new TransactionTemplate(transactions);
        if (ownTransaction != null) {
            ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }
        this.clock = clock;
        this.evaluator = new Evaluator(
                Questionnaire.read(new ClassPathResource("selfcheck/questionnaire.json").getInputStream(), json),
                Rules.read(new ClassPathResource("selfcheck/rules.json").getInputStream(), json));
        this.wording = new SelfCheckWording(messages, PRODUCT_LOCALE);
    }

    /** Without storage, for tests and benchmarks of evaluation alone. */
    SelfCheckService(JsonMapper json, MessageSource messages) throws java.io.IOException {
        this(json, messages, null, null, null, null, Clock.systemUTC());
    }

    /** The questions in order, with their wording. */
    public QuestionnaireView questionnaire() {
        var questionnaire = evaluator.questionnaire();
        return new QuestionnaireView(
                questionnaire.version(),
                questionnaire.sections().stream()
                        .map(section -> new QuestionnaireView.SectionView(
                                section.id(),
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

    /**
     * The result at the end of the step-by-step self-check. For someone not signed in, a result with no red flag
     * (SELF_CARE) is published as {@link SelfCheckPassedWithoutAccount}, so lessons paused for a red flag in the same
     * browser may go on; nothing is kept. (A signed-in person's pass is the result they keep.)
     *
     * @param account who is signed in, or {@code null}
     * @throws InvalidAnswers naming each question whose answer is missing or does not fit
     */
    public EvaluationView finish(EvaluateAnswers command, @Nullable UUID account) {
        var evaluatedAt = clock.instant();
        var result = evaluate(command);
        if (account == null && result.outcome() == Outcome.SELF_CARE) {
            Objects.requireNonNull(events, "no event publisher configured")
                    .publishEvent(new SelfCheckPassedWithoutAccount(evaluatedAt));
        }
        return result;
    }

    /**
     * The result as the self-check shows it: an EMERGENCY or URGENT stop or the under-16 page alone, otherwise the
     * explanation (with any SOON advice).
     *
     * @throws InvalidAnswers naming each question whose answer is missing or does not fit
     */
    public EvaluationView resultFor(EvaluateAnswers command) {
        var screen = screen(command);
        return switch (screen.outcome()) {
            case EMERGENCY, URGENT, NOT_FOR_UNDER_16 -> screen;
            default -> evaluate(command);
        };
    }

    /**
     * Checks one section of the questionnaire, for a step-by-step form.
     *
     * @return question id to a message for the person, empty when the section is complete
     */
    public Map<String, String> checkSection(String sectionId, Map<String, ?> answers) {
        var messages = new LinkedHashMap<String, String>();
        evaluator.problemsIn(sectionId, answers).forEach((id, problem) -> messages.put(id, describe(problem)));
        return messages;
    }

    /**
     * The age check and the red-flag screen alone: NOT_FOR_UNDER_16, or EMERGENCY, URGENT or SOON with their
     * wording when a flag is raised, or SELF_CARE (and nothing else) when the person may go on.
     */
    public EvaluationView screen(EvaluateAnswers command) {
        return view(evaluator.screen(command.answers()));
    }

    /**
     * Where the step-by-step form goes after a section whose answers check out, and whether a red-flag screen
     * counts as shown there (then it is recorded, as {@link #recordRedFlagShownOrLogFailure} does: a record that
     * fails never stops the screen from being shown):
     * <ul>
     * <li>under 16: the under-16 page, recorded if any red-flag answer raised a flag (rule 6);</li>
     * <li>EMERGENCY or URGENT: first any later red-flag section the screen still needs (a more urgent flag may hang
     * on it: a past cancer and leg pain), then the stop screen, recorded;</li>
     * <li>SOON: recorded on the step whose answers raised a flag the steps before it had not (the SOON advice that
     * stays in view from there on); the form goes on;</li>
     * <li>otherwise the next section, or the result after the last.</li>
     * </ul>
     *
     * @param account who is signed in, or {@code null}: a red-flag event records it (red-flag set rule 5)
     * @throws UnknownSection if the questionnaire has no such section
     */
    public NextStep afterSection(String sectionId, Map<String, ?> answers, @Nullable UUID account) {
        var questionnaire = evaluator.questionnaire();
        var screen = evaluator.screen(answers);
        switch (screen.outcome()) {
            case NOT_FOR_UNDER_16 -> {
                var shown = view(screen);
                return NextStep.stop(
                        shown,
                        shown.redFlags().isEmpty() ? null : recordRedFlagShownOrLogFailure(shown, answers, account));
            }
            case EMERGENCY, URGENT -> {
                var stillNeeded = questionnaire.redFlagSectionsAfter(sectionId).stream()
                        .filter(section ->
                                !evaluator.problemsIn(section.id(), answers).isEmpty())
                        .findFirst();
                if (stillNeeded.isPresent()) {
                    return NextStep.ask(stillNeeded.get().id());
                }
                var shown = view(screen);
                return NextStep.stop(shown, recordRedFlagShownOrLogFailure(shown, answers, account));
            }
            case SOON -> {
                if (raisedAFlagIn(sectionId, answers, screen)) {
                    recordRedFlagShownOrLogFailure(view(screen), answers, account);
                }
            }
            default -> {}
        }
        var next = questionnaire.sectionAfter(sectionId);
        return next == null ? NextStep.result() : NextStep.ask(next.id());
    }

    /** Whether this section's answers raised a flag the sections before it had not (the screen, or severe pain). */
    private boolean raisedAFlagIn(String sectionId, Map<String, ?> answers, Evaluation screen) {
        var before = new LinkedHashMap<String, Object>(answers);
        evaluator.questionnaire().questionsFrom(sectionId).forEach(before::remove);
        return !evaluator.screen(before).redFlags().containsAll(screen.redFlags());
    }

    /**
     * The SOON advice to keep in view on a section after the red-flag screen, or {@code null} when there is none
     * (no SOON flag, or a section of the screen itself).
     *
     * @throws UnknownSection if the questionnaire has no such section
     */
    public @Nullable EvaluationView soonAdviceOn(String sectionId, Map<String, ?> answers) {
        if (!evaluator.questionnaire().isAfterTheRedFlagScreen(sectionId)) {
            return null;
        }
        var screen = evaluator.screen(answers);
        return screen.outcome() == Outcome.SOON ? view(screen) : null;
    }

    /**
     * Records that a red-flag screen was shown (EMERGENCY, URGENT or SOON, also to someone under 16), with the
     * red-flag answers only. The answers are checked again here, so only known answer values are ever stored:
     * free text sent along is never kept. {@link RedFlagShownToAccount} is published in the same transaction for a
     * signed-in person, {@link RedFlagShownWithoutAccount} for anyone else (every tier: the listeners decide what
     * matters to them).
     *
     * @param shown the evaluation as shown (the answers decide what is recorded, not it)
     * @param account who saw it, or {@code null} for someone not signed in
     * @return the recorded event's id, for {@link #recordCallTapped}
     * @throws NoRedFlagRaised if the answers raise no red flag
     */
    @Transactional
    public UUID recordRedFlagShown(EvaluationView shown, Map<String, ?> answers, @Nullable UUID account) {
        var evaluation = evaluator.screen(answers);
        var action = evaluation.actionShown();
        if (action == null) {
            throw new NoRedFlagRaised();
        }
        var redFlagAnswers = new LinkedHashMap<String, Object>();
        var checked = evaluation.answers().byQuestion();
        evaluator.questionnaire().redFlags().forEach(q -> {
            var answer = checked.get(q.id());
            if (answer instanceof Answer.Choice choice) {
                redFlagAnswers.put(q.id(), choice.value());
            } else if (answer instanceof Answer.Choices choices) {
                redFlagAnswers.put(q.id(), choices.values().stream().sorted().toList());
            }
        });
        var event = Objects.requireNonNull(redFlagEvents, "no storage configured")
                .save(RedFlagEvent.shown(
                        account,
                        tierOf(action),
                        action,
                        evaluation.redFlags(),
                        json.writeValueAsString(redFlagAnswers),
                        evaluator.questionnaire().redFlagSetVersion(),
                        clock));
        var publisher = Objects.requireNonNull(events, "no event publisher configured");
        publisher.publishEvent(
                account != null
                        ? new RedFlagShownToAccount(new AccountId(account), event.tier(), event.shownAt())
                        : new RedFlagShownWithoutAccount(event.tier(), event.shownAt()));
        return event.id();
    }

    /**
     * Records a red-flag screen if these answers show one (as {@link #recordRedFlagShownOrLogFailure}: in a
     * transaction of its own, and a failure is logged, never thrown); for answers evaluated in one go, as the API
     * does, where the screen shown is the evaluation itself.
     *
     * @param account who saw it, or {@code null} for someone not signed in
     * @return the recorded event's id, empty when the answers raise no red flag or the record failed
     */
    public java.util.Optional<UUID> recordIfRedFlagShown(Map<String, ?> answers, @Nullable UUID account) {
        var screen = evaluator.screen(answers);
        return screen.actionShown() == null
                ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(recordRedFlagShownOrLogFailure(view(screen), answers, account));
    }

    /**
     * Records a red-flag screen shown, as {@link #recordRedFlagShown} does, for a page or the API that is about to
     * show it: the advice never waits on its record (HZ-25). The record runs in a transaction of its own, so a
     * failure (the database full, away or refusing the row) leaves nothing of it half-written and never spoils the
     * caller's transaction; it is logged at ERROR for the operator, with the tier and the account but never the
     * answers, and the screen is shown all the same.
     *
     * @param account who saw it, or {@code null} for someone not signed in
     * @return the recorded event's id, or {@code null} when it could not be recorded (the call button then has no
     *     ping)
     * @throws NoRedFlagRaised if the answers raise no red flag (a caller's mistake, not a fault of storage)
     */
    public @Nullable UUID recordRedFlagShownOrLogFailure(
            EvaluationView shown, Map<String, ?> answers, @Nullable UUID account) {
        var transaction = Objects.requireNonNull(ownTransaction, "no storage configured");
        try {
            return transaction.execute(status -> recordRedFlagShown(shown, answers, account));
        } catch (NoRedFlagRaised callersMistake) {
            throw callersMistake;
        } catch (RuntimeException failed) {
            // The driver's message may quote the row's values (red-flag answers): name the fault, never the data.
            log.error(
                    "HZ-25: a red-flag screen ({}) shown {} could not be recorded ({}); the advice was shown all the "
                            + "same. The therapist's safety review, the weekly counts and the pause of the course "
                            + "and routines miss this screen.",
                    shown.outcome(),
                    account == null ? "to someone not signed in" : "to account " + account,
                    StorageFaults.describe(failed));
            return null;
        }
    }

    private static RedFlagTier tierOf(String action) {
        return switch (action) {
            case "call999", "callCancerTeam" -> RedFlagTier.EMERGENCY;
            case "call111" -> RedFlagTier.URGENT;
            default -> RedFlagTier.SOON;
        };
    }

    /**
     * Records that the person tapped the button to call 999 or 111 on a red-flag screen. The event's random id is
     * the key (the pages record screens without an account); a screen recorded for an account only its owner
     * can mark.
     *
     * @param caller who is signed in, or {@code null}
     * @return whether an event with a call button was found and marked
     */
    @Transactional
    public boolean recordCallTapped(UUID redFlagEvent, @Nullable UUID caller) {
        return Objects.requireNonNull(redFlagEvents, "no storage configured")
                .markCallTapped(redFlagEvent, clock.instant(), caller);
    }

    /**
     * The short form of the red-flag screen that comes before the course (red-flag rule 1): age first, then the
     * EMERGENCY and URGENT questions and every question an EMERGENCY or URGENT derived flag reads, in the
     * questionnaire's order and wording.
     */
    public List<QuestionnaireView.QuestionView> shortScreenQuestions() {
        return evaluator.shortScreenQuestions().stream().map(this::view).toList();
    }

    /**
     * Checks answers to the short screen with the full screen's own rule: an answer that does not fit, or a
     * question the screen still needs before it can decide.
     *
     * @return question id to a message for the person, empty when {@link #shortScreen} can decide
     */
    public Map<String, String> checkShortScreen(Map<String, ?> answers) {
        var messages = new LinkedHashMap<String, String>();
        evaluator.problemsInShortScreen(answers).forEach((id, problem) -> messages.put(id, describe(problem)));
        return messages;
    }

    /**
     * Screens with the short screen's answers alone (anything else is ignored): NOT_FOR_UNDER_16, EMERGENCY or
     * URGENT with their wording, or SOON or SELF_CARE, when the person may go on.
     *
     * @throws InvalidAnswers when {@link #checkShortScreen} finds anything
     */
    public EvaluationView shortScreen(Map<String, ?> answers) {
        return view(evaluator.shortScreen(answers));
    }

    /**
     * Whether the person passed a full red-flag screen since then: they kept a self-check result with no red flag
     * (SELF_CARE) whose answers were evaluated since (when it was kept does not count), and no red-flag screen has
     * been shown to them at or after that evaluation.
     */
    @Transactional(readOnly = true)
    public boolean passedFullScreenSince(AccountId account, Instant since) {
        return screens != null && screens.passedFullScreenSince(account.value(), since);
    }

    /**
     * The red-flag screens shown to the person while signed in, newest first (for their therapist's client record;
     * the caller checks the person shares with the practice).
     */
    @Transactional(readOnly = true)
    public List<RedFlagEventView> redFlagEvents(AccountId account) {
        var stored = Objects.requireNonNull(redFlagEvents, "no storage configured")
                .findByAccountIdOrderByShownAt(account.value());
        var views = new java.util.ArrayList<RedFlagEventView>();
        stored.forEach(event ->
                views.add(0, new RedFlagEventView(event.id(), event.tier(), event.shownAt(), event.userTappedCall())));
        return List.copyOf(views);
    }

    /**
     * The red-flag screens shown to each of these people since an instant, newest first, in one read (for the
     * practice's "today" panel); people shown none are missing.
     */
    @Transactional(readOnly = true)
    public java.util.Map<AccountId, List<RedFlagEventView>> redFlagEventsSince(
            java.util.Collection<AccountId> people, Instant since) {
        if (people.isEmpty()) {
            return java.util.Map.of();
        }
        var byPerson = new java.util.LinkedHashMap<AccountId, List<RedFlagEventView>>();
        Objects.requireNonNull(redFlagEvents, "no storage configured")
                .findByAccountIdInAndShownAtGreaterThanEqualOrderByShownAtDesc(
                        people.stream().map(AccountId::value).distinct().toList(), since)
                .forEach(event -> byPerson.computeIfAbsent(
                                new AccountId(Objects.requireNonNull(event.accountId())),
                                ignored -> new java.util.ArrayList<>())
                        .add(new RedFlagEventView(event.id(), event.tier(), event.shownAt(), event.userTappedCall())));
        return byPerson;
    }

    /**
     * Red-flag screens shown and calls tapped, per ISO week (Monday to Sunday, UK time), for the practice owner:
     * the given number of weeks up to and including this one, oldest first, weeks without events included.
     */
    @Transactional(readOnly = true)
    public List<RedFlagWeekView> redFlagWeeks(int weeks) {
        return Objects.requireNonNull(screens, "no storage configured").weeks(weeks, clock);
    }

    /**
     * What the drawing beside a question shows (its text alternative), for the self-tests; {@code null} for a
     * question without one. The drawing is {@code /assets/img/selfcheck/<question id>.svg}.
     */
    public @Nullable String illustrationOf(String questionId) {
        return wording.textOrNull("selfcheck.illustration." + questionId);
    }

    /** The wording of an answer problem, for a message beside the question. */
    public String describe(InvalidAnswers.Problem problem) {
        return wording.text(new Phrase("selfcheck.error." + problem.key(), problem.args()));
    }

    private EvaluationView view(Evaluation evaluation) {
        var outcome = evaluation.outcome();
        // The cancer team's screen has its own heading and reason (red-flag set, section 2).
        var prefix = "selfcheck.outcome." + outcome
                + ("callCancerTeam".equals(evaluation.actionShown()) && outcome == Outcome.EMERGENCY
                        ? ".cancer."
                        : ".");
        return new EvaluationView(
                outcome,
                wording.text(prefix + "title"),
                wording.text(prefix + "text"),
                callNumber(outcome),
                evaluation.redFlags(),
                evaluation.findings().stream().map(this::view).toList(),
                evaluation.somePatternStandsOut(),
                evaluation.advice().stream().map(wording::text).toList(),
                evaluation.questionnaireVersion(),
                evaluation.ruleVersion(),
                outcome == Outcome.SELF_CARE || outcome == Outcome.SOON || outcome == Outcome.NOT_FOR_UNDER_16
                        ? safetyNet()
                        : null,
                evaluation.reassurance().stream().map(wording::text).toList(),
                evaluation.actions().stream().map(wording::text).toList(),
                evaluation.raisedBy().stream().map(wording::text).toList());
    }

    /** The safety-net block's words (rule 7), as the pages' fragment shows them. */
    public SafetyNetView safetyNet() {
        return new SafetyNetView(
                wording.text("safetyNet.heading"),
                wording.text("safetyNet.intro"),
                SAFETY_NET_SIGNS.stream()
                        .map(sign -> wording.text("safetyNet.sign." + sign))
                        .toList(),
                "999");
    }

    /** The signs of {@code fragments/safety-net.html}, in its order. */
    private static final List<String> SAFETY_NET_SIGNS = List.of("saddle", "bladder", "legs");

    /** The version of the red-flag questions and wording in use, kept with each result. */
    public String redFlagSetVersion() {
        return evaluator.questionnaire().redFlagSetVersion();
    }

    /** Today's questionnaire and rule versions, to tell whether a kept result was made with them. */
    public String questionnaireVersion() {
        return evaluator.questionnaire().version();
    }

    public String ruleVersion() {
        return evaluator.rules().version();
    }

    /**
     * Whether a question is asked and used after the screen said SOON: gentle content only, so no self-test
     * beyond the two squeeze tests (red-flag set rule 10).
     */
    public boolean usedWhenSoon(String questionId) {
        return Evaluator.usedWhenSoon(questionId);
    }

    private EvaluationView.PatternView view(Evaluation.Finding finding) {
        return new EvaluationView.PatternView(
                finding.code(),
                wording.text("selfcheck.pattern." + finding.code() + ".title"),
                finding.strength(),
                wording.text("selfcheck.strength." + finding.strength()),
                finding.steps().stream().map(wording::text).toList(),
                wording.text(finding.caveat()));
    }

    private QuestionnaireView.QuestionView view(Question question) {
        return new QuestionnaireView.QuestionView(
                question.id(),
                wording.text("selfcheck.question." + question.id()),
                question.type(),
                question.options().stream()
                        .map(value -> new QuestionnaireView.OptionView(value, optionLabel(question.id(), value)))
                        .toList(),
                question.min(),
                question.max(),
                question.redFlagTier(),
                question.required());
    }

    private String optionLabel(String questionId, String value) {
        var specific = wording.textOrNull("selfcheck.option." + questionId + "." + value);
        return specific != null ? specific : wording.text("selfcheck.answer." + value);
    }

    private static @Nullable String callNumber(Outcome outcome) {
        return switch (outcome) {
            case EMERGENCY -> "999";
            case URGENT -> "111";
            default -> null;
        };
    }
}
