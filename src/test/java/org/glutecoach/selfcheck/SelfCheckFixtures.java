package org.glutecoach.selfcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glutecoach.selfcheck.domain.Evaluator;
import org.glutecoach.selfcheck.domain.Questionnaire;
import org.glutecoach.selfcheck.domain.Rules;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The real questionnaire, rules and wording, without Spring; and answer sets in named states. */
public final class SelfCheckFixtures {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private SelfCheckFixtures() {}

    public static Questionnaire questionnaire() {
        try {
            return Questionnaire.read(new ClassPathResource("selfcheck/questionnaire.json").getInputStream(), JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Rules rules() {
        try {
            return Rules.read(new ClassPathResource("selfcheck/rules.json").getInputStream(), JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Evaluator evaluator() {
        return new Evaluator(questionnaire(), rules());
    }

    public static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/shared", "messages/selfcheck");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** An adult with no red flag and every other question answered, matching no pattern at all. */
    public static Map<String, Object> clearAnswers() {
        var answers = new LinkedHashMap<String, Object>();
        answers.put("AGE", 40);
        questionnaire().redFlags().forEach(q -> {
            if (q.type() == QuestionType.YES_NO_NOT_SURE) {
                answers.put(q.id(), "NO");
            }
        });
        answers.putAll(Map.of(
                "PAIN_WHERE",
                "MIDDLE",
                "PAIN_NOW",
                3,
                "PAIN_WORST",
                5,
                "PAIN_DURATION",
                "WEEKS_2_TO_6",
                "SPASMS",
                "NO",
                "WORSE_WITH",
                List.of("STANDING"),
                "BETTER_WITH",
                List.of("LYING")));
        answers.putAll(Map.of(
                "SIT_HOURS",
                4,
                "SIT_LONGEST",
                "UNDER_30_MIN",
                "BACK_POCKET",
                "NO",
                "LEAN_SIDE",
                "NO",
                "CHAIR",
                "HARD_CHAIR"));
        answers.putAll(Map.of(
                "HARD_GLUTE_WORK",
                "NO",
                "WORSE_AFTER_TRAINING",
                "NO_TRAINING",
                "GLUTES_TIGHT",
                "NO",
                "STANDING_WORK",
                "NO",
                "ACTIVE_WEEK",
                "OVER_150_MIN"));
        return answers;
    }

    /** A desk worker: 9 hours sitting, 2+ hours at a time, wallet in a back pocket, left side sore and weaker. */
    public static Map<String, Object> deskWorkerAnswers() {
        var answers = clearAnswers();
        answers.putAll(Map.of(
                "PAIN_WHERE",
                "LEFT",
                "PAIN_NOW",
                4,
                "PAIN_WORST",
                6,
                "SPASMS",
                "YES",
                "WORSE_WITH",
                List.of("SITTING"),
                "SIT_HOURS",
                9,
                "SIT_LONGEST",
                "OVER_120_MIN",
                "BACK_POCKET",
                "YES",
                "LEAN_SIDE",
                "LEFT",
                "ACTIVE_WEEK",
                "UNDER_30_MIN"));
        answers.putAll(Map.of(
                "T1_SQUEEZE_LEFT",
                "WEAK",
                "T1_SQUEEZE_RIGHT",
                "FIRM",
                "T2_ONE_SIDE_LEFT",
                "PARTLY",
                "T2_ONE_SIDE_RIGHT",
                "YES",
                "T4_BRIDGE_LEFT",
                12,
                "T4_BRIDGE_RIGHT",
                25));
        return answers;
    }

    /**
     * The words of the safety-net block (red-flag set rule 7) as a page shows them: its heading and each sign. A
     * page that carries the block contains every one of these and {@code class="safety-net"}.
     */
    public static List<String> safetyNetWords() {
        var messages = messages();
        return java.util.stream.Stream.of(
                        "safetyNet.heading", "safetyNet.sign.saddle", "safetyNet.sign.bladder", "safetyNet.sign.legs")
                .map(key -> messages.getMessage(key, null, java.util.Locale.UK))
                .toList();
    }

    public static Map<String, Object> with(Map<String, Object> answers, String id, Object value) {
        var copy = new LinkedHashMap<>(answers);
        copy.put(id, value);
        return copy;
    }
}
