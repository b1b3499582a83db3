package org.glutecoach.selfcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** The self-check's forms as a browser posts them, for tests that walk the pages over HTTP. */
final class SelfCheckForms {

    private static final Pattern STAMP = Pattern.compile("name=\"shown\" value=\"([^\"]+)\"");

    private SelfCheckForms() {}

    /** Answers as form fields (the first of several values, as the fixtures' lists hold one). */
    static Map<String, String> formOf(Map<String, Object> answers) {
        var form = new LinkedHashMap<String, String>();
        answers.forEach((id, value) ->
                form.put(id, value instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(value)));
        return form;
    }

    /** The sealed "when shown" stamp a result page carries into its keep form. */
    static String stampOf(String resultPage) {
        var stamp = STAMP.matcher(resultPage);
        assertThat(stamp.find()).as("the result page carries a stamp").isTrue();
        return HtmlUtils.htmlUnescape(stamp.group(1));
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }
}
