package org.glutecoach.privacy;

import org.glutecoach.identity.AccountId;

/**
 * A consent was given or withdrawn; a withdrawal takes effect at once, so listeners stop what it covered.
 * Published inside the deciding transaction, like {@code AccountDeleted}.
 *
 * @param kept on withdrawing the consent to keep health data, whether what was kept under it is to be deleted
 *        (listeners that hold such data delete it there) or kept read-only
 */
public record ConsentChanged(AccountId accountId, ConsentKind kind, boolean given, KeptHealthData kept) {

    public ConsentChanged(AccountId accountId, ConsentKind kind, boolean given) {
        this(accountId, kind, given, KeptHealthData.DELETE);
    }

    /** Whether the person withdrew the consent to keep health data and asked for what was kept to go. */
    public boolean deletesHealthData() {
        return kind == ConsentKind.HEALTH_DATA && !given && kept == KeptHealthData.DELETE;
    }
}
