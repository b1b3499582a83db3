package org.glutecoach.identity;

import org.glutecoach.shared.EmailAddresses;

/**
 * An email address as we store it: normalised the one way every module uses ({@link EmailAddresses}: NFKC, case
 * folded), plain ASCII, and plausibly deliverable.
 */
public record EmailAddress(String value) {

    public EmailAddress {
        var problem = EmailAddresses.problem(value);
        if (problem == EmailAddresses.Problem.INVALID) {
            throw new InvalidCredentials("email", "invalid");
        }
        if (problem == EmailAddresses.Problem.NOT_PLAIN) {
            throw new InvalidCredentials("email", "not-plain");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(EmailAddresses.normalised(raw));
    }
}
