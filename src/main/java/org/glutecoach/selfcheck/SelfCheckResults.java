package org.glutecoach.selfcheck;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.glutecoach.identity.AccountDeleted;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.privacy.ConsentChanged;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results people chose to keep: only with their consent to keep health answers, evaluated again here (a result
 * sent in is never trusted), and only ever read back by their owner.
 */
@Service
@Transactional
public class SelfCheckResults {

    private static final Logger log = LoggerFactory.getLogger(SelfCheckResults.class);
    private static final TypeReference<List<SavedResult.PatternStrength>> PATTERNS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() { };
    private static final TypeReference<ResultText> TEXT = new TypeReference<>() { };

    private final SelfCheckService selfCheck;
    private final PrivacyService privacy;
    private final IdentityService identity;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Reads stored parts: fields added since are ignored, fields missing from older rows are empty. */
    private final ObjectReader lenient;

    SelfCheckResults(SelfCheckService selfCheck, PrivacyService privacy, IdentityService identity, JdbcClient jdbc,
            JsonMapper json, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.selfCheck = selfCheck;
        this.privacy = privacy;
        this.identity = identity;
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.lenient = json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Keeps a result for the person.
     *
     * @throws ConsentNeeded if they have not agreed to keep health answers (or have withdrawn it)
     * @throws AddressNotVerified if the account has not confirmed its email address yet
     * @throws InvalidAnswers if the answers do not make a complete self-check
     */
    public SavedResult keep(AccountId id, Map<String, Object> answers) {
        if (!privacy.hasConsent(id, ConsentKind.HEALTH_DATA)) {
            throw new ConsentNeeded();
        }
        if (!identity.findAccount(id).orElseThrow().emailVerified()) {
            throw new AddressNotVerified();
        }
        var evaluation = explain(answers);
        var result = new SavedResult(UUID.randomUUID(), clock.instant(), evaluation.outcome(),
                evaluation.patterns().stream().map(p -> new SavedResult.PatternStrength(p.code(), p.strength()))
                        .toList(),
                answers, evaluation.questionnaireVersion(), evaluation.ruleVersion(), selfCheck.redFlagSetVersion(),
                ResultText.of(evaluation));
        jdbc.sql("""
                INSERT INTO selfcheck_results (id, account_id, taken_at, question_set_version, rule_version, outcome,
                    patterns, answers, red_flag_set_version, shown) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(result.id(), id.value(), Timestamp.from(result.takenAt()), result.questionnaireVersion(),
                        result.ruleVersion(), result.outcome().name(), json.writeValueAsString(result.patterns()),
                        json.writeValueAsString(answers), result.redFlagSetVersion(),
                        json.writeValueAsString(result.shown()))
                .update();
        events.publishEvent(AuditEvent.bySelf(id.value(), "SELF_CHECK_KEPT"));
        return result;
    }

    /**
     * Keeps a result evaluated and shown in this same request (the API): a red-flag screen among the answers is
     * recorded as shown to the person, as the pages record it when they show it.
     *
     * @throws ConsentNeeded if they have not agreed to keep health answers (or have withdrawn it)
     * @throws AddressNotVerified if the account has not confirmed its email address yet
     * @throws InvalidAnswers if the answers do not make a complete self-check
     */
    public SavedResult keepEvaluatedNow(AccountId id, Map<String, Object> answers) {
        var kept = keep(id, answers);
        selfCheck.recordIfRedFlagShown(answers, id.value());
        return kept;
    }

    /**
     * Creates an account with the consent to keep health answers, for someone who took the self-check signed out
     * and ticked the consent box on the sign-up form. The result itself is not kept: the new account has not
     * confirmed its address yet, and health answers are kept only once it has (the page says so). As with any
     * sign-up, the answer does not say whether the address was free: if it was taken, its owner gets a mail.
     */
    public void keepBySigningUp(RegisterAccount signUp, Map<String, Object> answers) {
        explain(answers);
        identity.signUp(signUp).ifPresent(created -> privacy.decide(created, Map.of(ConsentKind.HEALTH_DATA, true)));
    }

    /** The person's kept results, newest first. A row whose stored parts no longer read still loads (HZ-12). */
    @Transactional(readOnly = true)
    public List<SavedResult> history(AccountId id) {
        return jdbc.sql("SELECT * FROM selfcheck_results WHERE account_id = ? ORDER BY taken_at DESC, id")
                .param(id.value()).query((rs, row) -> new SavedResult(rs.getObject("id", UUID.class),
                        rs.getTimestamp("taken_at").toInstant(), Outcome.valueOf(rs.getString("outcome")),
                        read(rs.getString("patterns"), PATTERNS, List.<SavedResult.PatternStrength>of()),
                        read(rs.getString("answers"), ANSWERS, Map.<String, Object>of()),
                        rs.getString("question_set_version"), rs.getString("rule_version"),
                        rs.getString("red_flag_set_version"), readOrNull(rs.getString("shown"), TEXT)))
                .list();
    }

    /**
     * One of the person's own results as it was shown, compared with the one before; empty if it is not theirs.
     * Never explained again with rules it was not made with (HZ-12 of the clinical review).
     */
    @Transactional(readOnly = true)
    public Optional<ResultComparison> result(AccountId id, UUID resultId) {
        var history = history(id);
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).id().equals(resultId)) {
                var result = history.get(i);
                var previous = i + 1 < history.size() ? history.get(i + 1) : null;
                return Optional.of(compared(result, previous));
            }
        }
        return Optional.empty();
    }

    private ResultComparison compared(SavedResult result, @Nullable SavedResult previous) {
        var safetyNet = selfCheck.safetyNet();
        EvaluationView explanation = null;
        var shown = ResultComparison.Shown.OLDER_VERSION;
        if (result.shown() != null) {
            explanation = result.shown().asView(result, safetyNet);
            shown = ResultComparison.Shown.AS_SHOWN;
        } else if (madeWithTodaysVersions(result)) {
            explanation = explainedAgain(result);
            shown = explanation == null ? shown : ResultComparison.Shown.EXPLAINED_AGAIN;
        }
        var changes = previous == null ? List.<ResultComparison.Change>of()
                : new ResultChanges(this::textOrNull).between(previous, result);
        var versions = previous == null ? List.<String>of() : ResultChanges.versionsChanged(previous, result);
        return new ResultComparison(result, explanation, previous, changes, shown, versions, safetyNet);
    }

    private boolean madeWithTodaysVersions(SavedResult result) {
        return result.questionnaireVersion().equals(selfCheck.questionnaireVersion())
                && result.ruleVersion().equals(selfCheck.ruleVersion())
                && selfCheck.redFlagSetVersion().equals(result.redFlagSetVersion());
    }

    /** The answers explained again, only if that gives the outcome that was kept; otherwise {@code null}. */
    private @Nullable EvaluationView explainedAgain(SavedResult result) {
        try {
            var again = explain(result.answers());
            return again.outcome() == result.outcome() ? again : null;
        } catch (InvalidAnswers | IllegalArgumentException unusable) {
            return null;
        }
    }

    /** The result as the self-check shows it: a red-flag stop or age stop alone, otherwise the explanation. */
    private EvaluationView explain(Map<String, Object> answers) {
        var screen = selfCheck.screen(new EvaluateAnswers(answers));
        return switch (screen.outcome()) {
            case EMERGENCY, URGENT, NOT_FOR_UNDER_16 -> screen;
            default -> selfCheck.evaluate(new EvaluateAnswers(answers));
        };
    }

    /** A stored JSON part, or {@code fallback} when it is missing or no longer reads. */
    private <T> T read(@Nullable String stored, TypeReference<T> type, T fallback) {
        T value = readOrNull(stored, type);
        return value != null ? value : fallback;
    }

    /** A stored JSON part, or null when it is missing or no longer reads. */
    private <T> @Nullable T readOrNull(@Nullable String stored, TypeReference<T> type) {
        if (stored == null) {
            return null;
        }
        try {
            return lenient.forType(type).readValue(stored);
        } catch (RuntimeException unreadable) {
            log.warn("A kept self-check part no longer reads ({}); showing the result without it",
                    unreadable.getClass().getSimpleName());
            return null;
        }
    }

    private @Nullable String textOrNull(String key) {
        return messages.getMessage(key, null, null, Locale.UK);
    }

    /** Withdrawing the consent deletes the kept results unless the person chose to keep them read-only. */
    @EventListener
    void consentChanged(ConsentChanged changed) {
        if (changed.deletesHealthData()) {
            jdbc.sql("DELETE FROM selfcheck_results WHERE account_id = ?").param(changed.accountId().value())
                    .update();
        }
    }

    @EventListener
    void erase(AccountDeleted deleted) {
        jdbc.sql("DELETE FROM selfcheck_results WHERE account_id = ?").param(deleted.accountId().value()).update();
    }
}
