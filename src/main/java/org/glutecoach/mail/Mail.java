package org.glutecoach.mail;

import java.util.Map;

/**
 * One message to queue. {@code template} names a pair of templates, {@code <template>.html} and
 * {@code <template>.txt} under {@code templates/}; its subject is the message {@code <template with dots>.subject}
 * (so {@code identity/mail/verify} has the subject key {@code identity.mail.verify.subject}). Templates get the
 * variables plus {@code baseUrl}, the public address of this installation, to build links with.
 */
public record Mail(String to, String template, Map<String, Object> variables, Map<String, String> headers) {

    public Mail {
        variables = Map.copyOf(variables);
        headers = Map.copyOf(headers);
    }

    public static Mail of(String to, String template, Map<String, Object> variables) {
        return new Mail(to, template, variables, Map.of());
    }
}
