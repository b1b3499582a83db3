package org.glutecoach.identity;

/**
 * A person deleted their account. Published inside the deleting transaction: every module that holds anything
 * about the person listens and erases it there, so the account and all its data go together or not at all.
 */
public record AccountDeleted(AccountId accountId, String email) {
}
