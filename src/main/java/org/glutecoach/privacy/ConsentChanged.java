package org.glutecoach.privacy;

import org.glutecoach.identity.AccountId;

/** A consent was given or withdrawn; a withdrawal takes effect at once, so listeners stop what it covered. */
public record ConsentChanged(AccountId accountId, ConsentKind kind, boolean given) {
}
