package org.glutecoach.course;

import java.time.Instant;
import org.glutecoach.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * What a request can show of passing the self-check, for lessons paused by a red flag (HZ-23): the person signed
 * in (whose kept results count) and when this browser last finished the self-check with no red flag while not
 * signed in.
 */
public record SelfCheckPassSeen(
        @Nullable AccountId signedIn, @Nullable Instant inThisBrowserAt) {

    /** Nothing: only the pause's own account's kept pass counts. */
    public static final SelfCheckPassSeen NONE = new SelfCheckPassSeen(null, null);

    public static SelfCheckPassSeen by(@Nullable AccountId signedIn) {
        return new SelfCheckPassSeen(signedIn, null);
    }
}
