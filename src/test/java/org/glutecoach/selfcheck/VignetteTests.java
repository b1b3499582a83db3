package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;

/**
 * Clinical cases written as data ({@code src/test/resources/selfcheck/vignettes.json}): answers in, the expected
 * outcome and red flags out, each with a name and a one-line reason. Missed referrals and unneeded ones are both
 * failures. Each case is its own test, named after the case, so a failure names it.
 */
class VignetteTests {

    static final Vignettes VIGNETTES = read();

    final SelfCheckService service = SelfCheckPropertyTests.SERVICE;

    @TestFactory
    Stream<DynamicTest> everyVignetteGetsItsExpectedTierAndFlags() {
        return VIGNETTES.cases().stream()
                .map(vignette -> DynamicTest.dynamicTest(vignette.name(), () -> {
                    var view = service.evaluate(new EvaluateAnswers(VIGNETTES.answersOf(vignette)));
                    var what = vignette.name() + " (" + vignette.reason() + ")";
                    assertThat(view.outcome()).as(what).isEqualTo(vignette.outcome());
                    assertThat(view.redFlags()).as(what).containsExactlyInAnyOrderElementsOf(vignette.flags());
                    if (vignette.action() != null) {
                        var expected = service.screen(new EvaluateAnswers(VIGNETTES.answersOf(vignette)));
                        assertThat(expected.actions()).as(what).isNotEmpty();
                        assertThat(view.actions().get(0))
                                .as(what)
                                .isEqualTo(text("selfcheck.action." + vignette.action()));
                    }
                    if (vignette.mentions111() != null) {
                        assertThat(view.actions().stream().anyMatch(line -> line.contains("111")))
                                .as(what + ": 111 line")
                                .isEqualTo(vignette.mentions111());
                    }
                    if (vignette.actionsContain() != null) {
                        vignette.actionsContain()
                                .forEach(part -> assertThat(String.join(" ", view.actions()))
                                        .as(what)
                                        .contains(part));
                    }
                    if (vignette.raisedBy() != null) {
                        assertThat(view.raisedBy()).as(what).containsAll(vignette.raisedBy());
                    }
                    if (!view.redFlags().isEmpty()) {
                        assertThat(view.raisedBy())
                                .as(what + ": the answers told back")
                                .isNotEmpty();
                    }
                }));
    }

    @Test
    void theSuiteCoversTheWholeSheet() {
        assertThat(VIGNETTES.cases()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(VIGNETTES.cases().stream().map(Vignette::name).distinct()).hasSameSizeAs(VIGNETTES.cases());
        var askedYes = new HashSet<String>();
        VIGNETTES
                .cases()
                .forEach(v -> v.answers().forEach((id, value) -> {
                    if (!"NO".equals(value)) {
                        askedYes.add(id);
                    }
                }));
        var questionnaire = SelfCheckFixtures.questionnaire();
        assertThat(askedYes)
                .as("every red-flag question answered yes, not sure or ticked somewhere")
                .containsAll(questionnaire.redFlags().stream().map(q -> q.id()).toList());
        for (var derived : SelfCheckFixtures.rules().derivedFlags()) {
            assertThat(VIGNETTES.cases())
                    .as(derived.id() + " raised")
                    .anySatisfy(v -> assertThat(v.flags()).contains(derived.id()));
            assertThat(VIGNETTES.cases()).as(derived.id() + " just not raised").anySatisfy(v -> {
                assertThat(v.flags()).doesNotContain(derived.id());
                assertThat(v.answers().keySet().stream()
                                .anyMatch(id -> derived.allOf().stream()
                                        .anyMatch(clause -> clause.stream()
                                                .anyMatch(c -> id.equals(c.yesOrNotSure()) || id.equals(c.number())))))
                        .isTrue();
            });
        }
        var outcomes =
                VIGNETTES.cases().stream().map(Vignette::outcome).distinct().toList();
        assertThat(outcomes).containsAll(List.of(Outcome.values()));
    }

    private String text(String key) {
        return SelfCheckFixtures.messages().getMessage(key, null, java.util.Locale.UK);
    }

    /** The file: a base answer set and the cases laid over it. */
    record Vignettes(
            Map<String, Object> base,
            List<Vignette> cases,
            @Nullable String _about) {

        Map<String, Object> answersOf(Vignette vignette) {
            var answers = new LinkedHashMap<String, Object>();
            if (!"none".equals(vignette.base())) {
                answers.putAll(base);
            }
            answers.putAll(vignette.answers());
            return answers;
        }
    }

    /** One clinical case. */
    record Vignette(
            String name,
            String reason,
            @Nullable String base,
            Map<String, Object> answers,
            Outcome outcome,
            List<String> flags,
            @Nullable String action,
            @Nullable Boolean mentions111,
            @Nullable List<String> actionsContain,
            @Nullable List<String> raisedBy) {}

    private static Vignettes read() {
        try (var in = new ClassPathResource("selfcheck/vignettes.json").getInputStream()) {
            return SelfCheckFixtures.JSON.readValue(in, new TypeReference<Vignettes>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
