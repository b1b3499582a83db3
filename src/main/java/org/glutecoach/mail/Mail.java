package org.glutecoach.mail;

import java.util.List;
import java.util.Map;

/**
 * One message to queue. {@code template} names a pair of templates, {@code <template>.html} and
 * {@code <template>.txt} under {@code templates/}; its subject is the message {@code <template with dots>.subject}
 * (so {@code identity/mail/verify} has the subject key {@code identity.mail.verify.subject}). Templates get the
 * variables plus {@code baseUrl}, the public address of this installation, to build links with.
 */
public record Mail(String to, String template, Map<String, Object> variables, Map<String, String> headers,
        List<Object> subjectArgs) {

    public Mail {
        variables = Map.copyOf(variables);
        headers = Map.copyOf(headers);
        subjectArgs = List.copyOf(subjectArgs);
    }

    public static Mail of(String to, String template, Map<String, Object> variables) {
        return new Mail(to, template, variables, Map.of(), List.of());
    }

    /** The same mail with extra headers (for example {@code List-Unsubscribe}). */
    public Mail withHeaders(Map<String, String> extra) {
        var all = new java.util.LinkedHashMap<>(headers);
        all.putAll(extra);
        return new Mail(to, template, variables, all, subjectArgs);
    }

    /** The same mail with values for the {@code {0}}, {@code {1}} … of its subject. */
    public Mail withSubjectArgs(Object... args) {
        return new Mail(to, template, variables, headers, List.of(args));
    }
}
