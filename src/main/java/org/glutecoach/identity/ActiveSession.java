package org.glutecoach.identity;

import java.time.Instant;

/** One place a person is signed in, for the account page. {@code current} is the browser asking. */
public record ActiveSession(Instant signedInAt, Instant lastActiveAt, boolean current) {
}
