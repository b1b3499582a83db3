package org.glutecoach.shared;

import java.util.List;
import java.util.UUID;

/**
 * What a module keeps about a person after they delete their account, because someone else must keep it (a
 * practice's clinical record, say). The delete-account page shows each message before the person decides, so the
 * page never claims that everything goes when it does not.
 */
public interface RecordsKeptAfterDeletion {

    /** Message keys of plain sentences about what would be kept for this person; empty if nothing. */
    List<String> keptFor(UUID accountId);
}
