package org.glutecoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the hostile-input tests check of every answer: never a server error or a trace, and on the API a
 * problem+json whose {@code errors} list names the fields at fault. Each test keeps its own rule for which fields
 * must be named (exactly one, among others, or by prefix), so it reads them with {@link #fieldsNamed}.
 */
public final class HostileInputChecks {

    /** What an answer must never show: an exception's name, a stack frame, our packages, the JSON library. */
    public static final String[] TRACES = {"Exception", "\tat org.", "at java.", "org.glutecoach.", "tools.jackson"};

    private HostileInputChecks() {}

    /** The answer is no server error and shows no trace. */
    public static void noTrace(SoftAssertions soft, HttpResponse<String> answer, String what) {
        soft.assertThat(answer.statusCode()).as(what).isLessThan(500);
        soft.assertThat(answer.body()).as(what).doesNotContain(TRACES);
    }

    /** The same, failing at once. */
    public static void assertNoTrace(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what).isLessThan(500);
        assertThat(answer.body()).as(what).doesNotContain(TRACES);
    }

    /** A 400 with problem+json and no trace. */
    public static void expectProblem(SoftAssertions soft, HttpResponse<String> answer, String what) {
        soft.assertThat(answer.statusCode()).as(what + " -> " + answer.body()).isEqualTo(400);
        soft.assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .as(what)
                .startsWith("application/problem+json");
        noTrace(soft, answer, what);
    }

    /**
     * A 400 with problem+json and no trace for a hostile {@code body}; when {@code field} is not empty, {@code named}
     * checks the fields the problem names (each test says how: exactly that one, among others, by prefix).
     */
    public static void expectProblem(
            SoftAssertions soft,
            JsonMapper json,
            HttpResponse<String> answer,
            String body,
            String field,
            Consumer<ListAssert<String>> named) {
        var what = shortened(body, 160);
        expectProblem(soft, answer, what);
        if (!field.isEmpty() && answer.statusCode() == 400) {
            named.accept(soft.assertThat(fieldsNamed(json, answer)).as(what + " -> " + answer.body()));
        }
    }

    /** The fields a problem's {@code errors} list names (none when it has no such list). */
    public static List<String> fieldsNamed(JsonMapper json, HttpResponse<String> answer) {
        var errors = json.readTree(answer.body()).get("errors");
        return errors == null ? List.of() : errors.findValuesAsString("field");
    }

    /** The start of a long body, for an assertion's description. */
    public static String shortened(String body, int most) {
        return body.length() > most ? body.substring(0, most) : body;
    }
}
