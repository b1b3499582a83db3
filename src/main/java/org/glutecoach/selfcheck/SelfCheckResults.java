package org.glutecoach.selfcheck;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results people chose to keep: only with their consent to keep health answers, evaluated again here (a result
 * sent in is never trusted), and only ever read back by their owner.
 */
@Service
@Transactional
public class SelfCheckResults {

    /** Answers compared between two results, in this order: the ones with a number. */
    private static final List<String> COMPARED = List.of("PAIN_NOW", "PAIN_WORST", "SIT_HOURS", "T4_BRIDGE_LEFT",
            "T4_BRIDGE_RIGHT");

    private final SelfCheckService selfCheck;
    private final PrivacyService privacy;
    private final IdentityService identity;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

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
                answers, evaluation.questionnaireVersion(), evaluation.ruleVersion());
        jdbc.sql("""
                INSERT INTO selfcheck_results (id, account_id, taken_at, question_set_version, rule_version, outcome,
                    patterns, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(result.id(), id.value(), Timestamp.from(result.takenAt()), result.questionnaireVersion(),
                        result.ruleVersion(), result.outcome().name(), json.writeValueAsString(result.patterns()),
                        json.writeValueAsString(answers))
                .update();
        events.publishEvent(AuditEvent.bySelf(id.value(), "SELF_CHECK_KEPT"));
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

    /** The person's kept results, newest first. */
    @Transactional(readOnly = true)
    public List<SavedResult> history(AccountId id) {
        return jdbc.sql("SELECT * FROM selfcheck_results WHERE account_id = ? ORDER BY taken_at DESC")
                .param(id.value()).query((rs, row) -> new SavedResult(rs.getObject("id", UUID.class),
                        rs.getTimestamp("taken_at").toInstant(), Outcome.valueOf(rs.getString("outcome")),
                        List.of(json.readValue(rs.getString("patterns"), SavedResult.PatternStrength[].class)),
                        json.readValue(rs.getString("answers"), new TypeReference<Map<String, Object>>() { }),
                        rs.getString("question_set_version"), rs.getString("rule_version")))
                .list();
    }

    /** One of the person's own results, explained again and compared with the one before; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<ResultComparison> result(AccountId id, UUID resultId) {
        var history = history(id);
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).id().equals(resultId)) {
                var result = history.get(i);
                var previous = i + 1 < history.size() ? history.get(i + 1) : null;
                return Optional.of(new ResultComparison(result, explain(result.answers()), previous,
                        previous == null ? List.of() : changes(previous, result)));
            }
        }
        return Optional.empty();
    }

    /** The result as the self-check shows it: a red-flag stop or age stop alone, otherwise the explanation. */
    private EvaluationView explain(Map<String, Object> answers) {
        var screen = selfCheck.screen(new EvaluateAnswers(answers));
        return switch (screen.outcome()) {
            case EMERGENCY, URGENT, NOT_FOR_UNDER_16 -> screen;
            default -> selfCheck.evaluate(new EvaluateAnswers(answers));
        };
    }

    private List<ResultComparison.Change> changes(SavedResult before, SavedResult after) {
        var changes = new ArrayList<ResultComparison.Change>();
        for (var question : COMPARED) {
            var then = before.answers().get(question);
            var now = after.answers().get(question);
            if (then != null && now != null) {
                changes.add(new ResultComparison.Change(text("selfcheck.compare." + question), String.valueOf(then),
                        String.valueOf(now), String.valueOf(then).equals(String.valueOf(now))));
            }
        }
        var codes = new LinkedHashMap<String, Boolean>();
        before.patterns().forEach(p -> codes.put(p.code(), true));
        after.patterns().forEach(p -> codes.put(p.code(), true));
        for (var code : codes.keySet()) {
            var then = strengthOf(before, code);
            var now = strengthOf(after, code);
            changes.add(new ResultComparison.Change(text("selfcheck.pattern." + code + ".title"), then, now,
                    then.equals(now)));
        }
        return changes;
    }

    private String strengthOf(SavedResult result, String code) {
        return result.patterns().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> text("selfcheck.strength." + p.strength().name()))
                .orElseGet(() -> text("selfcheck.compare.not-found"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
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
