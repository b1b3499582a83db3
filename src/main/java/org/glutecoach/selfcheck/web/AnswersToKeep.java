package org.glutecoach.selfcheck.web;

import jakarta.servlet.http.HttpSession;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A result's answers (and its stamp of when it was shown) held in the session while its owner signs in to keep it,
 * two-step sign-in included. They are kept as one form-encoded
 * string, so the session (stored in the database) holds nothing that cannot be serialised, and only until the
 * result is kept or the session ends; nothing else about the visit is stored.
 */
final class AnswersToKeep {

    static final String ATTRIBUTE = "glutecoach.selfcheck.answers-to-keep";

    private AnswersToKeep() {}

    /**
     * @param shown the result's stamp of when it was shown ({@link ShownStamps}), as the form carried it, or
     *        {@code null}: it is checked when the result is kept, like a stamp in any form
     */
    static void hold(HttpSession session, Map<String, Object> answers, @Nullable String shown) {
        var entries = new ArrayList<>(SelfCheckFlow.entries(answers));
        if (shown != null) {
            entries.add(Map.entry(ShownStamps.FIELD, shown));
        }
        session.setAttribute(
                ATTRIBUTE,
                entries.stream()
                        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                        .collect(Collectors.joining("&")));
    }

    /** The answers held, as the form they came from, and forgets them; null if none are held. */
    static @Nullable MultiValueMap<String, String> take(HttpSession session) {
        if (!(session.getAttribute(ATTRIBUTE) instanceof String held)) {
            return null;
        }
        session.removeAttribute(ATTRIBUTE);
        var form = new LinkedMultiValueMap<String, String>();
        for (var pair : held.split("&")) {
            var equals = pair.indexOf('=');
            if (equals > 0) {
                form.add(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return form;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
