package org.glutecoach.selfcheck;

import java.time.Clock;
import java.time.Instant;
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
import org.glutecoach.selfcheck.domain.KeptResult;
import org.glutecoach.selfcheck.domain.KeptResults;
import org.glutecoach.selfcheck.domain.LatestScreens;
import org.glutecoach.selfcheck.domain.ResultComparisonRule;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results people chose to keep: only with their consent to keep health answers, evaluated again here (a result
 * sent in is never trusted), and only ever read back by their owner. Stored through {@link KeptResults}; shown
 * again and compared by {@link ResultComparisonRule}.
 */
@Service
@Transactional
public class SelfCheckResults {

    private static final Logger log = LoggerFactory.getLogger(SelfCheckResults.class);
    private static final TypeReference<List<SavedResult.PatternStrength>> PATTERNS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {};
    private static final TypeReference<ResultText> TEXT = new TypeReference<>() {};

    private final SelfCheckService selfCheck;
    private final PrivacyService privacy;
    private final IdentityService identity;
    private final KeptResults kept;
    private final LatestScreens latestScreens;
    private final JsonMapper json;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Reads stored parts: fields added since are ignored, fields missing from older rows are empty. */
    private final ObjectReader lenient;

    SelfCheckResults(
            SelfCheckService selfCheck,
            PrivacyService privacy,
            IdentityService identity,
            KeptResults kept,
            LatestScreens latestScreens,
            JsonMapper json,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.selfCheck = selfCheck;
        this.privacy = privacy;
        this.identity = identity;
        this.kept = kept;
        this.latestScreens = latestScreens;
        this.json = json;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.lenient = json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Keeps a result evaluated now, in this request: it counts as a red-flag screen passed now if it has no flag.
     *
     * @throws ConsentNeeded if they have not agreed to keep health answers (or have withdrawn it)
     * @throws AddressNotVerified if the account has not confirmed its email address yet
     * @throws InvalidAnswers if the answers do not make a complete self-check
     */
    public SavedResult keep(AccountId id, Map<String, Object> answers) {
        return keep(id, answers, clock.instant());
    }

    /**
     * Keeps a result that was shown earlier (the pages: shown on the result page, kept from a later request).
     *
     * @param evaluatedAt when the result was shown, as the server recorded it (never a time the client sent), or
     *        {@code null} when that is not known: such a result never counts as a passed screen
     * @throws ConsentNeeded if they have not agreed to keep health answers (or have withdrawn it)
     * @throws AddressNotVerified if the account has not confirmed its email address yet
     * @throws InvalidAnswers if the answers do not make a complete self-check
     */
    public SavedResult keep(AccountId id, Map<String, Object> answers, @Nullable Instant evaluatedAt) {
        if (!privacy.hasConsent(id, ConsentKind.HEALTH_DATA)) {
            throw new ConsentNeeded();
        }
        if (!identity.account(id).emailVerified()) {
            throw new AddressNotVerified();
        }
        var evaluation = explain(answers);
        var result = new SavedResult(
                UUID.randomUUID(),
                clock.instant(),
                evaluatedAt,
                evaluation.outcome(),
                evaluation.patterns().stream()
                        .map(p -> new SavedResult.PatternStrength(p.code(), p.strength()))
                        .toList(),
                answers,
                evaluation.questionnaireVersion(),
                evaluation.ruleVersion(),
                selfCheck.redFlagSetVersion(),
                ResultText.of(evaluation));
        kept.save(KeptResult.keep(
                result.id(),
                id.value(),
                result.takenAt(),
                evaluatedAt,
                result.questionnaireVersion(),
                result.ruleVersion(),
                result.outcome(),
                json.writeValueAsString(result.patterns()),
                json.writeValueAsString(answers),
                selfCheck.redFlagSetVersion(),
                json.writeValueAsString(result.shown())));
        events.publishEvent(AuditEvent.bySelf(id.value(), AuditAction.SELF_CHECK_KEPT));
        return result;
    }

    /**
     * Keeps a result evaluated and shown in this same request (the API): a red-flag screen among the answers is
     * recorded as shown to the person, as the pages record it when they show it: in a transaction of its own, so a
     * record that fails is logged and the result is kept and returned all the same (HZ-25).
     *
     * @throws ConsentNeeded if they have not agreed to keep health answers (or have withdrawn it)
     * @throws AddressNotVerified if the account has not confirmed its email address yet
     * @throws InvalidAnswers if the answers do not make a complete self-check
     */
    public SavedResult keepEvaluatedNow(AccountId id, Map<String, Object> answers) {
        var result = keep(id, answers, clock.instant());
        selfCheck.recordIfRedFlagShown(answers, id.value());
        return result;
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
        return kept.findByAccountIdOrderByTakenAtDescIdAsc(id.value()).stream()
                .map(this::saved)
                .toList();
    }

    /**
     * Which of these people's latest self-check ended on a red flag, in one read (for the practice's client list):
     * their newest kept result has a red-flag outcome, or a red-flag screen was shown to them after it (a screen
     * that stops the self-check is often not kept as a result), or they kept none and were shown one.
     */
    @Transactional(readOnly = true)
    public java.util.Set<AccountId> latestEndedOnRedFlag(java.util.Collection<AccountId> people) {
        var kept = new java.util.HashMap<AccountId, LatestScreens.Latest>();
        var flagged = new java.util.HashMap<AccountId, Instant>();
        latestScreens
                .of(people.stream().map(AccountId::value).distinct().toList())
                .forEach(latest -> {
                    if (latest.outcome() == null) {
                        flagged.put(new AccountId(latest.account()), latest.at());
                    } else {
                        kept.put(new AccountId(latest.account()), latest);
                    }
                });
        var ended = new java.util.HashSet<AccountId>();
        flagged.forEach((person, lastFlag) -> {
            var result = kept.get(person);
            if (result == null || lastFlag.isAfter(result.at())) {
                ended.add(person);
            }
        });
        kept.forEach((person, result) -> {
            if (isRedFlag(java.util.Objects.requireNonNull(result.outcome()))) {
                ended.add(person);
            }
        });
        return java.util.Set.copyOf(ended);
    }

    private static boolean isRedFlag(Outcome outcome) {
        return outcome == Outcome.EMERGENCY || outcome == Outcome.URGENT || outcome == Outcome.SOON;
    }

    /**
     * One of the person's own results as it was shown, compared with the one before; empty if it is not theirs.
     * Never explained again with rules it was not made with (HZ-12 of the clinical review).
     */
    @Transactional(readOnly = true)
    public Optional<ResultComparison> result(AccountId id, UUID resultId) {
        var today = new ResultComparisonRule.Versions(
                selfCheck.questionnaireVersion(), selfCheck.ruleVersion(), selfCheck.redFlagSetVersion());
        return new ResultComparisonRule(today, this::explain, this::textOrNull, selfCheck.safetyNet())
                .compare(history(id), resultId);
    }

    private SavedResult saved(KeptResult row) {
        return new SavedResult(
                row.id(),
                row.takenAt(),
                row.evaluatedAt(),
                row.outcome(),
                read(row.patterns(), PATTERNS, List.<SavedResult.PatternStrength>of()),
                read(row.answers(), ANSWERS, Map.<String, Object>of()),
                row.questionSetVersion(),
                row.ruleVersion(),
                row.redFlagSetVersion(),
                readOrNull(row.shown(), TEXT));
    }

    /** The result as the self-check shows it: a red-flag stop or age stop alone, otherwise the explanation. */
    private EvaluationView explain(Map<String, Object> answers) {
        return selfCheck.resultFor(new EvaluateAnswers(answers));
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
            log.warn(
                    "A kept self-check part no longer reads ({}); showing the result without it",
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
            kept.deleteByAccountId(changed.accountId().value());
        }
    }

    @EventListener
    void erase(AccountDeleted deleted) {
        kept.deleteByAccountId(deleted.accountId().value());
    }
}
