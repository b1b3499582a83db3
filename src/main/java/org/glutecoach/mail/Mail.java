package org.glutecoach.mail;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message to queue. {@code template} names a pair of templates, {@code <template>.html} and
 * {@code <template>.txt} under {@code templates/}; its subject is the message {@code <template with dots>.subject}
 * (so {@code identity/mail/verify} has the subject key {@code identity.mail.verify.subject}). Templates get the
 * variables plus {@code baseUrl}, the public address of this installation, to build links with.
 *
 * @param personal variables that differ from one person to the next (their own links) in a mail sent to many:
 *        see {@link #withPersonal}
 * @param about the account the mail is about, if any: deleting that account erases the mail, whatever address it
 *        went to (an old one, or a new one never confirmed)
 */
public record Mail(
        String to,
        String template,
        Map<String, Object> variables,
        Map<String, String> headers,
        List<Object> subjectArgs,
        Map<String, String> personal,
        @Nullable UUID about) {

    public Mail(
            String to,
            String template,
            Map<String, Object> variables,
            Map<String, String> headers,
            List<Object> subjectArgs,
            Map<String, String> personal) {
        this(to, template, variables, headers, subjectArgs, personal, null);
    }

    public Mail {
        variables = Map.copyOf(variables);
        headers = Map.copyOf(headers);
        subjectArgs = List.copyOf(subjectArgs);
        personal = Map.copyOf(personal);
        for (var name : personal.keySet()) {
            if (variables.containsKey(name)) {
                throw new IllegalArgumentException(name + " is both a variable and a personal value");
            }
        }
    }

    public static Mail of(String to, String template, Map<String, Object> variables) {
        return new Mail(to, template, variables, Map.of(), List.of(), Map.of());
    }

    /** The same mail with extra headers (for example {@code List-Unsubscribe}). */
    public Mail withHeaders(Map<String, String> extra) {
        var all = new java.util.LinkedHashMap<>(headers);
        all.putAll(extra);
        return new Mail(to, template, variables, all, subjectArgs, personal, about);
    }

    /**
     * The same mail with a one-click unsubscribe: the {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}
     * headers of RFC 8058 (a mail client then POSTs {@code List-Unsubscribe=One-Click} to the address, without
     * cookies), and the address as the personal value {@code unsubscribe} for the mail's own "stop" link. The
     * address must take that POST without a CSRF token (see {@code PublicPaths.postsFromElsewhere}).
     */
    public Mail withOneClickUnsubscribe(String address) {
        var values = new java.util.LinkedHashMap<>(personal);
        values.put("unsubscribe", address);
        return withPersonal(values)
                .withHeaders(Map.of(
                        "List-Unsubscribe",
                        "<" + address + ">",
                        "List-Unsubscribe-Post",
                        "List-Unsubscribe=One-Click"));
    }

    /** The same mail with values for the {@code {0}}, {@code {1}} … of its subject. */
    public Mail withSubjectArgs(Object... args) {
        return new Mail(to, template, variables, headers, List.of(args), personal, about);
    }

    /**
     * The same mail with values that differ for each person, such as their own links. Templates use them like any
     * variable, but only to print them as they are: mails alike in everything else are then rendered once and
     * each person's values put in (a day's lesson to 10,000 people is one rendering, not 10,000).
     */
    public Mail withPersonal(Map<String, String> values) {
        return new Mail(to, template, variables, headers, subjectArgs, values, about);
    }

    /** The same mail, noted as being about this account (see {@code about}). */
    public Mail about(UUID account) {
        return new Mail(to, template, variables, headers, subjectArgs, personal, account);
    }
}
